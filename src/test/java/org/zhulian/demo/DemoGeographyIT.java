package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.IntegrationTest;

/** The demo's map, region tree and distances agree: a street's places lie in its own part of the district. */
@IntegrationTest
class DemoGeographyIT {

    @Autowired
    Neo4jClient neo4j;

    @Test
    void everyCommunityLiesNearerToItsOwnStreetsSeatThanToAnyOtherStreetOfTheDistrict() {
        long total = count("MATCH (c:Region {level: 'COMMUNITY'}) WHERE c.centre IS NOT NULL RETURN count(c)");
        long elsewhere = count("""
                MATCH (c:Region {level: 'COMMUNITY'})-[:IN]->(own:Region)-[:IN]->(d:Region)
                WHERE c.centre IS NOT NULL
                MATCH (other:Region {level: 'STREET'})-[:IN]->(d) WHERE other <> own
                WITH c, own, min(point.distance(c.centre, other.centre)) AS nearestOther
                WHERE point.distance(c.centre, own.centre) > nearestOther
                RETURN count(c)""");
        assertThat(total).isGreaterThan(900);
        assertThat(elsewhere).isZero();
    }

    @Test
    void wangHongLivesAtShiqisSeatInTheSouthOfHaishusCity() {
        Double metres = neo4j.query("""
                MATCH (h:Household {id: '00000000-0000-4000-8000-000000000001'}), (s:Region {code: '330203009000'})
                RETURN point.distance(h.location, s.centre) AS d""").fetchAs(Double.class).one().orElseThrow();
        assertThat(metres).isLessThan(1500);
        Double fromYinjiang = neo4j.query("""
                MATCH (s:Region {code: '330203009000'}), (y:Region {code: '330203105000'})
                RETURN point.distance(s.centre, y.centre) AS d""").fetchAs(Double.class).one().orElseThrow();
        assertThat(fromYinjiang).isGreaterThan(10_000);
    }

    private long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
