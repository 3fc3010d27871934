package org.zhulian.wish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhulian.support.GraphQlHttp;

import tools.jackson.databind.JsonNode;

/** The steps of a wish through the API, as caseworkers and donors take them in the tests. */
final class WishFlow {

    static final String CARD = """
            id item category categoryName quantity valueYuan story deadline status publishedAt fulfilledAt thanks
            community { code name level } claim { id status donor { id displayName } deliveredAt }""";
    static final String CASEFILE = """
            casefile { id draftedBy reviewedBy receiptNote need { id status closeReason }
                       consent { person { id name } guardian method givenAt recordedBy } invited { id }
                       history { event status actor note } }""";
    static final String CLAIM = "id status claimedAt expiresAt deliveredAt endedAt donor { id displayName } wish { id status }";

    private WishFlow() {
    }

    static Map<String, Object> draftInput(String needId, String item, String category, int valueYuan, String story) {
        Map<String, Object> input = new HashMap<>(Map.of("needId", needId, "item", item, "category", category, "quantity", 1,
                "valueYuan", valueYuan, "story", story, "deadline", LocalDate.now().plusDays(30).toString()));
        return input;
    }

    static Map<String, Object> memberConsent(String personId) {
        return Map.of("personId", personId, "method", "IN_PERSON", "givenAt", OffsetDateTime.now().minusHours(1).toString());
    }

    static GraphQlHttp.Response draft(GraphQlHttp caseworker, Map<String, Object> input) {
        return caseworker.post("mutation($input: DraftWishInput!) { draftWish(input: $input) { wish { " + CARD + " " + CASEFILE + " } } }",
                Map.of("input", input));
    }

    static GraphQlHttp.Response update(GraphQlHttp caseworker, Map<String, Object> input) {
        return caseworker.post("mutation($input: UpdateWishInput!) { updateWish(input: $input) { wish { " + CARD + " " + CASEFILE + " } } }",
                Map.of("input", input));
    }

    static GraphQlHttp.Response publish(GraphQlHttp caseworker, String id) {
        return caseworker.post("mutation($id: ID!) { publishWish(input: {id: $id, note: \"已核实\"}) { wish { " + CARD + " } } }", Map.of("id", id));
    }

    static GraphQlHttp.Response cancel(GraphQlHttp caseworker, String id, String reason) {
        return caseworker.post("mutation($id: ID!, $reason: String!) { cancelWish(input: {id: $id, reason: $reason}) { wish { " + CARD + " } } }",
                Map.of("id", id, "reason", reason));
    }

    static GraphQlHttp.Response confirm(GraphQlHttp caseworker, String id, String note) {
        return caseworker.post("mutation($id: ID!, $note: String!) { confirmReceipt(input: {id: $id, note: $note}) { wish { " + CARD + " "
                + CASEFILE + " } } }", Map.of("id", id, "note", note));
    }

    static GraphQlHttp.Response thank(GraphQlHttp caseworker, String id, String message) {
        return caseworker.post("mutation($id: ID!, $m: String!) { recordThanks(input: {id: $id, message: $m}) { wish { " + CARD + " } } }",
                Map.of("id", id, "m", message));
    }

    static GraphQlHttp.Response claim(GraphQlHttp donor, String wishId) {
        return donor.post("mutation($id: ID!) { claimWish(wishId: $id) { claim { " + CLAIM + " } } }", Map.of("id", wishId));
    }

    static GraphQlHttp.Response release(GraphQlHttp donor, String wishId) {
        return donor.post("mutation($id: ID!) { releaseClaim(wishId: $id, reason: \"物资暂缺\") { claim { " + CLAIM + " } } }", Map.of("id", wishId));
    }

    static GraphQlHttp.Response deliver(GraphQlHttp donor, String wishId) {
        return donor.post("mutation($id: ID!) { markDelivered(wishId: $id, note: \"已送到社区居委会\") { claim { " + CLAIM + " } } }",
                Map.of("id", wishId));
    }

    static JsonNode card(GraphQlHttp caller, String wishId) {
        return caller.post("query($id: ID!) { wish(id: $id) { " + CARD + " } }", Map.of("id", wishId)).ok().path("wish");
    }

    /** Sets up a donor profile: any category, anywhere, unless the profile says otherwise. */
    static JsonNode profile(GraphQlHttp donor, Map<String, Object> profile) {
        return donor.post("mutation($input: DonorProfileInput!) { updateDonorProfile(input: $input) { donor { id displayName focus record { active fulfilled lapsed released } } } }",
                Map.of("input", profile)).ok().path("updateDonorProfile").path("donor");
    }

    /** Creates an open need of a household, as its caseworker. */
    static String need(GraphQlHttp caseworker, String householdId, String personId, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("householdId", householdId, "categoryCode", "MATERIAL.GOODS",
                "description", description, "urgency", "MEDIUM"));
        if (personId != null) {
            input.put("personId", personId);
        }
        return caseworker.post("mutation($input: CreateNeedInput!) { createNeed(input: $input) { need { id } } }", Map.of("input", input))
                .ok().path("createNeed").path("need").path("id").asString();
    }

    /** A wish drafted by one caseworker, with the member's consent, and published by another: its id. */
    static String published(GraphQlHttp drafter, GraphQlHttp reviewer, String needId, String personId, String item, String category, int value) {
        Map<String, Object> input = draftInput(needId, item, category, value, "家里需要" + item + "，希望得到爱心人士的帮助。");
        input.put("consent", memberConsent(personId));
        String id = draft(drafter, input).ok().path("draftWish").path("wish").path("id").asString();
        publish(reviewer, id).ok();
        return id;
    }

    static List<String> ids(JsonNode edges) {
        return edges.valueStream().map(edge -> edge.path("node").path("id").asString()).toList();
    }
}
