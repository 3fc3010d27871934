package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

@IntegrationTest
class StartupIT {

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Migrations migrations;

    @Test
    void everyMigrationIsAppliedOnceAndARerunAppliesNothing() {
        long applied = neo4j.query("MATCH (m:Migration) RETURN count(m) AS n").fetchAs(Long.class).one().orElseThrow();

        assertThat(applied).isEqualTo(Migrations.load().size());
        assertThat(migrations.apply()).isZero();
        assertThat(neo4j.query("SHOW INDEXES YIELD name WHERE name = 'household_location' RETURN count(*) AS n")
                .fetchAs(Long.class).one()).contains(1L);
    }

    @Test
    void graphQlAnswersOverHttpWithTheSpecMediaType() {
        var response = graphQl.post("{ __typename }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.ok().path("__typename").asString()).isEqualTo("Query");
    }
}
