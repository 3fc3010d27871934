package org.zhulian.discovery;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The head of a warning's household, for the grid worker who has to call before visiting. */
@Repository
@Transactional(readOnly = true)
class WarningContacts {

    private final Neo4jClient neo4j;

    WarningContacts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Identifies itself without the phone, for whatever logs it. */
    record Head(String personId, String phone) {
        @Override
        public String toString() {
            return "Head[" + personId + "]";
        }
    }

    Head head(String householdId) {
        return neo4j.query("MATCH (:Household {id: $id})<-[:MEMBER_OF {role: 'HEAD'}]-(p:Person) RETURN p.id AS id, p.phone AS phone LIMIT 1")
                .bind(householdId).to("id")
                .fetchAs(Head.class).mappedBy((types, row) -> new Head(row.get("id").asString(), row.get("phone").asString(null)))
                .one().orElse(null);
    }
}
