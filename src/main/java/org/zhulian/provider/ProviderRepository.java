package org.zhulian.provider;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.system.graphql.Keyset;

/** Reads of providers and of the service taxonomy. */
@Repository
@Transactional(readOnly = true)
class ProviderRepository {

    /**
     * Providers under a region prefix, of some types, offering a service in some categories (a
     * category matches itself and its subcategories). Null lists mean "any".
     */
    private static final String MATCH = """
            MATCH (p:Provider) WHERE p.regionCode STARTS WITH $prefix
              AND ($types IS NULL OR p.type IN $types)
              AND ($categories IS NULL OR EXISTS {
                MATCH (p)-[:OFFERS]->(s:Service)
                WHERE any(c IN $categories WHERE s.categoryCode = c OR s.categoryCode STARTS WITH c + '.')
              })
            """;

    /** By id: the order of a directory's export too. */
    static final Keyset ORDER = Keyset.of("p.id");

    private final Neo4jClient neo4j;

    ProviderRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Provider> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    List<Provider> findAll(Collection<String> ids) {
        return neo4j.query("UNWIND $ids AS id MATCH (p:Provider {id: id}) RETURN " + Provider.PROJECTION + " AS provider")
                .bind(ids).to("ids")
                .fetchAs(Provider.class).mappedBy((types, record) -> Provider.of(record.get("provider")))
                .all().stream().toList();
    }

    List<Service> services(Collection<String> ids) {
        return neo4j.query("UNWIND $ids AS id MATCH (p:Provider)-[:OFFERS]->(s:Service {id: id}) RETURN " + Service.PROJECTION + " AS service")
                .bind(ids).to("ids")
                .fetchAs(Service.class).mappedBy((types, record) -> Service.of(record.get("service")))
                .all().stream().toList();
    }

    List<Keyset.Row<Provider>> page(ProviderCriteria criteria, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(MATCH, Provider.PROJECTION + " AS provider")).bindAll(criteria.parameters()),
                record -> Provider.of(record.get("provider")));
    }

    long count(ProviderCriteria criteria) {
        return neo4j.query(MATCH + "RETURN count(p) AS n").bindAll(criteria.parameters()).fetchAs(Long.class).one().orElse(0L);
    }

    List<ServiceCategory> categories(Collection<String> codes) {
        return neo4j.query("""
                        MATCH (c:ServiceCategory) WHERE $codes IS NULL OR c.code IN $codes
                        RETURN c.code AS code, c.name AS name ORDER BY c.code""")
                .bind(codes).to("codes")
                .fetchAs(ServiceCategory.class)
                .mappedBy((types, record) -> new ServiceCategory(record.get("code").asString(), record.get("name").asString()))
                .all().stream().toList();
    }
}
