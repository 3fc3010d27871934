package org.zhulian.wish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.system.Parameters;

/** Reads of donors. Donors lie in no jurisdiction: their profiles hold nothing of the families. */
@Repository
@Transactional(readOnly = true)
class DonorRepository {

    private final Neo4jClient neo4j;
    private final Clock clock;

    DonorRepository(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    Optional<Donor> byAccount(String account) {
        return neo4j.query("MATCH (d:Donor {account: $account}) RETURN " + Donor.PROJECTION + " AS donor")
                .bindAll(Parameters.of("account", account, "monthStart", monthStart()))
                .fetchAs(Donor.class).mappedBy((types, row) -> Donor.of(row.get("donor"))).one();
    }

    List<Donor> byIds(Collection<String> ids) {
        return neo4j.query("UNWIND $ids AS id MATCH (d:Donor {id: id}) RETURN " + Donor.PROJECTION + " AS donor")
                .bindAll(Parameters.of("ids", ids, "monthStart", monthStart()))
                .fetchAs(Donor.class).mappedBy((types, row) -> Donor.of(row.get("donor"))).all().stream().toList();
    }

    /** The first instant of this calendar month, in the service's zone: where "this month" starts. */
    OffsetDateTime monthStart() {
        return monthStart(OffsetDateTime.now(clock));
    }

    static OffsetDateTime monthStart(OffsetDateTime now) {
        return now.toLocalDate().withDayOfMonth(1).atStartOfDay().atOffset(now.getOffset());
    }
}
