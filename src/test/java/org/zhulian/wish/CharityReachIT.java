package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.zhulian.security.AccessRule;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

/**
 * A charity never reaches personal data, by any path: the walk follows every field a CHARITY
 * token may use, from every root field it may call, and finds no personal type; then it asks for
 * all of it, on the demo's published wishes and on wishes in every status, and finds nothing of the
 * families behind them in the answer: no name, ID number, phone, address, household, person, need
 * or grid.
 */
@IntegrationTest
class CharityReachIT {

    static final Caller CHARITY = new Caller("charity-demo", Role.CHARITY, new Scope(List.of()), Set.of(), null);
    static final int DEPTH = 4;

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void noTypeACharityCanReachIsPersonal() {
        GraphQLSchema schema = graphQlSource.schema();
        Set<String> reached = new HashSet<>();
        List<GraphQLObjectType> todo = new ArrayList<>(List.of(schema.getQueryType(), schema.getMutationType()));
        while (!todo.isEmpty()) {
            GraphQLObjectType type = todo.removeLast();
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (allowed(field) && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType target && reached.add(target.getName())) {
                    todo.add(target);
                }
            }
        }

        assertThat(reached).contains("Wish", "WishClaim", "Donor", "WishMatch", "WishStats", "Region");
        assertThat(reached).noneMatch(name -> schema.getObjectType(name).getAppliedDirective("personal") != null)
                .doesNotContain("Household", "Person", "Need", "WishCasefile", "AuditEvent", "Referral");
    }

    @Test
    void everythingACharityCanAskForHoldsNothingOfTheFamilies() {
        GraphQLSchema schema = graphQlSource.schema();
        var charity = graphQl.as("charity-demo");
        WishFlow.profile(charity, Map.of("displayName", "助联演示爱心会"));
        List<String> documents = new ArrayList<>(List.of(
                "{ myClaims(first: 25) %s }".formatted(selection(schema, "WishClaimConnection")),
                "{ wishMatches(first: 25) %s }".formatted(selection(schema, "WishMatchConnection")),
                "{ wishStats(regionCode: \"330203\") %s }".formatted(selection(schema, "WishStats")),
                "{ wishStats(regionCode: \"310105\") %s }".formatted(selection(schema, "WishStats")),
                "{ myDonorProfile %s }".formatted(selection(schema, "Donor"))));
        String board = "query($after: String) { wishes(filter: {status: [PUBLISHED, CLAIMED, FULFILLED, CLOSED, EXPIRED, DRAFT, CANCELLED]}, "
                + "first: 25, after: $after) %s }".formatted(selection(schema, "WishConnection"));
        StringBuilder text = new StringBuilder();
        List<String> statuses = new ArrayList<>();
        String after = null;
        do {
            var page = charity.post(board, after == null ? Map.of() : Map.of("after", after));
            assertThat(page.errors().isMissingNode() || page.errors().isEmpty()).as(page.text()).isTrue();
            text.append(page.text());
            page.data().path("wishes").path("edges").forEach(edge -> statuses.add(edge.path("node").path("status").asString()));
            after = page.data().path("wishes").path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.data().path("wishes").path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        for (String document : documents) {
            var response = charity.post(document);
            assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.text()).isTrue();
            text.append(response.text());
        }

        assertThat(statuses).as("the demo's wishes are there to look at").hasSizeGreaterThan(5).doesNotContain("DRAFT", "CANCELLED");
        List<String> secrets = families();
        assertThat(secrets).hasSizeGreaterThan(50);
        assertThat(secrets).noneMatch(secret -> text.indexOf(secret) >= 0);
        assertThat(charity.post("{ wishes(first: 1) { edges { node { casefile { id } } } } }").errorCode()).isEqualTo("FORBIDDEN");
        String grid = neo4j.query("MATCH (w:Wish {status: 'PUBLISHED'}) RETURN w.gridCode LIMIT 1").fetchAs(String.class).one().orElseThrow();
        assertThat(charity.post("query($r: ID) { wishes(filter: {regionCode: $r}) { totalCount } }", Map.of("r", grid)).errorCode())
                .as("a grid is too small to hide a family in").isEqualTo("BAD_USER_INPUT");
        assertThat(charity.post("query($r: ID!) { wishStats(regionCode: $r) { counts { published } } }", Map.of("r", grid)).errorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(charity.post("query($r: ID!) { wishStats(regionCode: $r) { counts { published } byRegion { region { code } } } }",
                Map.of("r", grid.substring(0, 12))).ok().path("wishStats").path("byRegion").isEmpty())
                .as("a community's figures are not broken down by grid").isTrue();
    }

    /** Everything the families behind any wish could be found by. */
    private List<String> families() {
        return neo4j.query("""
                        MATCH (h:Household)-[:HAS_WISH]->(w:Wish)-[:FOR]->(n:Need)
                        OPTIONAL MATCH (h)<-[:MEMBER_OF]-(p:Person)
                        WITH h, n, w, collect(p) AS members
                        UNWIND [h.id, h.address, h.gridCode, n.id, n.description]
                               + [m IN members | m.id] + [m IN members | m.name] + [m IN members | m.idNumber]
                               + [m IN members WHERE m.phone IS NOT NULL | m.phone] AS secret
                        RETURN DISTINCT secret""")
                .fetchAs(String.class).all().stream().filter(s -> s != null && s.length() >= 2).toList();
    }

    /** A selection of every field of the type a charity may use, that needs no argument, to {@value #DEPTH} levels. */
    private static String selection(GraphQLSchema schema, String typeName) {
        return selection((GraphQLFieldsContainer) schema.getType(typeName), DEPTH);
    }

    private static String selection(GraphQLFieldsContainer type, int depth) {
        List<String> fields = new ArrayList<>();
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            boolean needsArguments = field.getArguments().stream().anyMatch(a -> a.getType() instanceof GraphQLNonNull);
            if (!allowed(field) || needsArguments) {
                continue;
            }
            GraphQLNamedType target = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
            if (target instanceof GraphQLFieldsContainer object) {
                if (depth > 1) {
                    fields.add(field.getName() + " " + selection(object, depth - 1));
                }
            } else {
                fields.add(field.getName());
            }
        }
        return fields.isEmpty() ? "{ __typename }" : "{ " + String.join(" ", fields) + " }";
    }

    private static boolean allowed(GraphQLFieldDefinition field) {
        var access = field.getAppliedDirective("access");
        return access == null || AccessRule.valueOf(access.getArgument("rule").getValue().toString()).allows(CHARITY);
    }
}
