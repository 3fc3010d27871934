package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

/**
 * Every error a client can provoke carries an {@code extensions.code}, and none repeats what the
 * client sent: a mistyped phone or ID number must not come back in an error message (nor, through
 * it, land in a client's or proxy's log).
 */
@IntegrationTest
class ErrorHygieneIT {

    static final String PHONE = "13905741234";
    static final String ID_NUMBER = "33020319800101123X";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void errorsOfTheEngineHaveCodesAndQuoteNothing() {
        var caseworker = graphQl.as("caseworker-haishu");
        List<GraphQlHttp.Response> responses = List.of(
                caseworker.post("mutation { updatePerson(input: {id: \"00000000-0000-4000-8001-000000000011\", phone: " + PHONE + "}) { person { id } } }"),
                caseworker.post("query($id: ID!) { household(id: $id) { id } }", Map.of("id", Map.of("n", PHONE))),
                caseworker.post("{ household(id: \"" + ID_NUMBER + "\" { id } }"),
                caseworker.post("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }",
                        Map.of("input", Map.of("id", "00000000-0000-4000-8001-000000000011", "birthDate", PHONE + "-" + ID_NUMBER))),
                caseworker.post("{ person(id: \"" + ID_NUMBER + "\") { nosuchfield" + PHONE + " } }"));

        for (var response : responses) {
            assertThat(response.errors()).as(response.text()).isNotEmpty();
            response.errors().forEach(error -> assertThat(error.path("extensions").path("code").asString()).as(response.text())
                    .isIn("GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT"));
            assertThat(response.text()).doesNotContain(PHONE).doesNotContain(ID_NUMBER);
        }
    }

    @Test
    void aNameOfInvisibleOrDirectionCharactersIsRefused() {
        var shiqi = graphQl.as("caseworker-shiqi");
        for (String name : List.of("\u200B\u200B", "\u202E\u200F", "\u2066王\u2069", " \u3000 ")) {
            Map<String, Object> head = TestPeople.person(name, LocalDate.of(1970, 1, 1), true);
            Map<String, Object> input = new HashMap<>(Map.of("gridCode", "330203009005002", "address", "宁波市海曙区石碶街道 1 号",
                    "residence", "REGISTERED", "head", head));

            var response = shiqi.post("mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }",
                    Map.of("input", input));

            assertThat(response.errorCode()).as(name).isEqualTo("BAD_USER_INPUT");
            assertThat(response.errors().path(0).path("extensions").path("field").asString()).isEqualTo("input.head.name");
        }
    }
}
