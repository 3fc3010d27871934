package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** {@code IF NOT EXISTS} passes over an index Neo4j deems equivalent, whatever its name or analyzer: none may be lost so. */
    @Test
    void everyIndexAndConstraintTheMigrationsNameIsThereAndOnline() {
        Pattern named = Pattern.compile("CREATE (?:\\w+ )*?(?:INDEX|CONSTRAINT) (\\w+) IF NOT EXISTS");
        List<String> names = Migrations.load().stream().flatMap(migration -> migration.statements().stream())
                .map(named::matcher).filter(Matcher::find).map(matcher -> matcher.group(1)).toList();
        List<String> there = new ArrayList<>(neo4j.query("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")
                .fetchAs(String.class).all());
        there.addAll(neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());

        assertThat(names).hasSizeGreaterThan(30);
        assertThat(there).as("online indexes and constraints").containsAll(names);
    }

    @Test
    void graphQlAnswersOverHttpWithTheSpecMediaType() {
        var response = graphQl.post("{ __typename }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.ok().path("__typename").asString()).isEqualTo("Query");
    }
}
