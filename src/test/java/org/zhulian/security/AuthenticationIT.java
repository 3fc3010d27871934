package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestTokens;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthenticationIT {

    private static final DemoPrincipals.Principal HAISHU_CASEWORKER = DemoPrincipals.NAMED.get(1);

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    DemoTokens demoTokens;

    @Test
    void withoutATokenGraphqlAnswers401ButHealthStaysPublic() {
        var anonymous = graphQl.as(null);

        assertThat(anonymous.post("{ __typename }").status()).isEqualTo(401);
        assertThat(anonymous.get("{ __typename }", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/actuator/health"))).status()).isEqualTo(200);
    }

    @Test
    void a401SaysHowToGetATokenAndTheSchemaNeedsOneToo() {
        var anonymous = graphQl.as(null);
        var refused = anonymous.post("{ __typename }");

        assertThat(refused.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(refused.errorMessage()).contains("POST /demo/tokens");
        assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/graphql/schema"))).status()).isEqualTo(401);
        assertThat(graphQl.send(HttpRequest.newBuilder(graphQl.uri("/graphql/schema"))).text()).contains("type Household @personal");
    }

    @Test
    void aDemoTokenOpensTheApi() {
        var caseworker = graphQl.as("caseworker-haishu");

        assertThat(caseworker.post("{ region(code: \"330203\") { name } }").ok().path("region").path("name").asString())
                .isEqualTo("海曙区");
    }

    @Test
    void expiredForgedAndForeignTokensAreRefused() {
        String expired = demoTokens.issue(HAISHU_CASEWORKER, Duration.ofMinutes(-5), "zhulian");
        String otherAudience = demoTokens.issue(HAISHU_CASEWORKER, Duration.ofHours(1), "another-app");
        String forged = new TestTokens().token(DemoTokens.ISSUER, "zhulian", "admin", "ADMIN", Instant.now().plusSeconds(600));

        for (String token : new String[] {expired, otherAudience, forged, "not.a.jwt", ""}) {
            assertThat(graphQl.withToken(token).post("{ __typename }").status()).as(token).isEqualTo(401);
        }
    }

    @Test
    void theDemoUsersAreListedWithRolesRegionsAndScopes() {
        JsonNode users = graphQl.send(HttpRequest.newBuilder(graphQl.uri("/demo/users"))).body();

        assertThat(users.findValuesAsString("user")).contains("admin", "caseworker-haishu", "caseworker-shiqi",
                "caseworker-changning", "charity-demo", "partner-hotline", "grid-330203009005001");
        JsonNode hotline = find(users, "partner-hotline");
        assertThat(hotline.path("role").asString()).isEqualTo("PARTNER_APP");
        assertThat(hotline.path("regionCode").asString()).isEqualTo("330203000000");
        assertThat(hotline.path("scopes").toString()).contains("registry:read", "match:read");
        assertThat(find(users, "caseworker-shiqi").path("regionCode").asString()).isEqualTo("330203009000");
    }

    @Test
    void onlyDemoUsersGetTokens() {
        assertThat(graphQl.as("grid-330203009005001").post("{ __typename }").status()).isEqualTo(200);
        var unknown = graphQl.as(null).send(HttpRequest.newBuilder(graphQl.uri("/demo/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"grid-999999999999999\"}")));

        assertThat(unknown.status()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode users, String user) {
        for (JsonNode u : users) {
            if (u.path("user").asString().equals(user)) {
                return u;
            }
        }
        throw new AssertionError("no " + user);
    }
}
