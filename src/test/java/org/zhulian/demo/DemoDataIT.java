package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.IntegrationTest;

@IntegrationTest
class DemoDataIT {

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    DemoDataLoader loader;

    @Test
    void haishuHasExactlyTheArticlesProviderCounts() {
        Map<String, Long> byType = new HashMap<>();
        neo4j.query("MATCH (p:Provider) WHERE p.regionCode STARTS WITH '330203' RETURN p.type AS type, count(*) AS n")
                .fetch().all().forEach(row -> byType.put((String) row.get("type"), (Long) row.get("n")));

        assertThat(byType).containsAllEntriesOf(Map.of("SOCIAL_WORK_STATION", 12L, "CONVENIENCE_SERVICE_CENTRE", 314L,
                "ELDERLY_CARE_INSTITUTION", 38L, "HOME_CARE_CENTRE", 20L, "HOME_CARE_STATION", 249L, "ASSISTANCE_PROJECT", 43L));
        assertThat(count("""
                MATCH (p:Provider) WHERE NOT EXISTS { (p)-[:IN]->(:Region {code: p.regionCode}) }
                   OR NOT EXISTS { (p)-[:OFFERS]->(:Service)-[:OF_CATEGORY]->(:ServiceCategory) }
                RETURN count(p)""")).isZero();
    }

    @Test
    void haishuHasAtLeastTwoThousandHouseholdsAndFiveThousandPersons() {
        assertThat(count("MATCH (h:Household) WHERE h.gridCode STARTS WITH '330203' RETURN count(h)")).isGreaterThanOrEqualTo(2_000);
        assertThat(count("MATCH (p:Person) WHERE p.gridCode STARTS WITH '330203' RETURN count(p)")).isGreaterThanOrEqualTo(5_000);
    }

    @Test
    void everyHouseholdSitsInAGridAndHasAHeadUnlessEveryoneLeft() {
        assertThat(count("""
                MATCH (h:Household)
                WHERE NOT EXISTS { (h)-[:IN]->(:Region {level: 'GRID', code: h.gridCode}) }
                   OR EXISTS { (:Person)-[:MEMBER_OF]->(h) } AND NOT EXISTS { (:Person)-[:MEMBER_OF {role: 'HEAD'}]->(h) }
                   OR h.communityCode <> left(h.gridCode, 12)
                RETURN count(h)""")).isZero();
    }

    @Test
    void everyPersonCarriesTheGridOfTheirHousehold() {
        assertThat(count("MATCH (p:Person)-[:MEMBER_OF]->(h:Household) WHERE p.gridCode <> h.gridCode RETURN count(p)")).isZero();
        assertThat(count("MATCH (p:Person) WHERE NOT (p)-[:MEMBER_OF]->(:Household) AND NOT (p)-[:FORMER_MEMBER_OF]->() RETURN count(p)")).isZero();
    }

    @Test
    void idNumbersAreUniqueAndValid() {
        List<String> numbers = List.copyOf(neo4j.query("MATCH (p:Person) RETURN p.idNumber").fetchAs(String.class).all());

        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(IdNumbers.isValid(n)).as(n).isTrue());
    }

    @Test
    void kinAndRegionTreeAreConsistent() {
        assertThat(count("""
                MATCH (a:Person)-[k:KIN]->(b:Person)
                WHERE NOT EXISTS { (b)-[:KIN]->(a) }
                RETURN count(k)""")).isZero();
        assertThat(count("MATCH (r:Region) WHERE r.parentCode IS NOT NULL AND NOT EXISTS { (r)-[:IN]->(:Region {code: r.parentCode}) } RETURN count(r)"))
                .isZero();
        assertThat(count("MATCH (w:GridWorker)-[:ASSIGNED_TO]->(:Region {level: 'GRID'}) RETURN count(w)"))
                .isEqualTo(count("MATCH (g:Region {level: 'GRID'}) RETURN count(g)"));
        assertThat(count("MATCH (:Label {code: 'SEVERE_DISABILITY'})-[:REFINES]->(:Label {code: 'DISABILITY'}) RETURN count(*)")).isOne();
        assertThat(count("MATCH (l:Label {code: 'HY_ELDERLY_ALONE', scope: '310105001'})-[:DEFINED_IN]->(:Region {code: '310105001000'}) RETURN count(l)"))
                .isOne();
    }

    @Test
    void theStoryHouseholdsLiveInTheirCommunities() {
        Map<Integer, String[]> stories = Map.of(
                1, new String[] {"王宏", "330203009005"}, 2, new String[] {"李勤", "330203001005"},
                3, new String[] {"杨女士", "340705413001"}, 4, new String[] {"刘先生", "340706100003"},
                5, new String[] {"章大爷", "340706203214"}, 6, new String[] {"李新", "411122101229"},
                7, new String[] {"老郭", "310105001001"}, 8, new String[] {"侯某某", "310105001002"});
        stories.forEach((n, story) -> assertThat(neo4j.query("""
                        MATCH (:Person {name: $name})-[:MEMBER_OF]->(h:Household {id: $id})-[:IN]->(:Region)-[:IN]->(c:Region {code: $community})
                        RETURN count(h)""")
                .bindAll(Map.of("name", story[0], "id", "00000000-0000-4000-8000-00000000000" + n, "community", story[1]))
                .fetchAs(Long.class).one()).as(story[0]).contains(1L));

        assertThat(count("""
                MATCH (:Household {id: '00000000-0000-4000-8000-000000000001'})-[l:HAS_LABEL {source: 'CIVIL_AFFAIRS'}]->(:Label {code: 'DIBAO'})
                WHERE l.since = date('2020-03-01') AND l.until IS NULL
                RETURN count(l)""")).isOne();
        assertThat(count("MATCH (:Person {id: '00000000-0000-4000-8001-000000000071'})-[k:KIN]-() RETURN count(k)")).isZero();
    }

    @Test
    void loadingAgainAddsNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        loader.initialize();

        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
