package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.Concurrently;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

/**
 * Whatever the callers do, in whatever order and at the same time, a wish stays whole: random steps
 * by caseworkers and donors, right and wrong, race on a few wishes, and afterwards every wish's
 * status agrees with its labels, its claims, its need and its history, and every refusal was a
 * clear one.
 */
@IntegrationTest
class WishInvariantsIT {

    static final long SEED = 20261201L;
    static final int WISHES = 4;
    static final int THREADS = 4;
    static final int STEPS = 40;

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void anyInterleavingOfStepsLeavesEveryWishConsistent() throws Exception {
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        List<GraphQlHttp> donors = List.of(graphQl.as("charity-930"), graphQl.as("charity-931"), graphQl.as("charity-932"));
        donors.forEach(d -> WishFlow.profile(d, Map.of("displayName", "随机测试")));
        List<String> wishes = new ArrayList<>();
        for (int w = 0; w < WISHES; w++) {
            Map<String, Object> input = WishFlow.draftInput(WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "随机需要" + w), "毛毯一条",
                    "BEDDING", 100, "冬天需要一条毛毯。");
            input.put("consent", WishFlow.memberConsent(LAO_GUO));
            wishes.add(WishFlow.draft(huayang, input).ok().path("draftWish").path("wish").path("id").asString());
        }
        List<Callable<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(SEED + t);
            threads.add(() -> {
                List<String> codes = new ArrayList<>();
                for (int s = 0; s < STEPS; s++) {
                    String wish = wishes.get(random.nextInt(WISHES));
                    GraphQlHttp donor = donors.get(random.nextInt(donors.size()));
                    GraphQlHttp caseworker = random.nextBoolean() ? huayang : changning;
                    var response = switch (random.nextInt(9)) {
                        case 0 -> WishFlow.publish(caseworker, wish);
                        case 1, 2 -> WishFlow.claim(donor, wish);
                        case 3 -> WishFlow.release(donor, wish);
                        case 4 -> WishFlow.deliver(donor, wish);
                        case 5 -> WishFlow.confirm(caseworker, wish, "已收到");
                        case 6 -> WishFlow.thank(caseworker, wish, "谢谢好心人");
                        case 7 -> random.nextInt(4) == 0 ? WishFlow.cancel(caseworker, wish, "家中情况变化") : WishFlow.claim(caseworker, wish);
                        default -> WishFlow.claim(donor, wish);
                    };
                    codes.add(response.errors().isMissingNode() || response.errors().isEmpty() ? "OK" : response.errorCode());
                }
                return codes;
            });
        }

        List<String> outcomes = Concurrently.all(threads).stream().flatMap(List::stream).toList();

        assertThat(outcomes).as("seed " + SEED).isSubsetOf("OK", "BAD_USER_INPUT", "FORBIDDEN", "WISH_ALREADY_CLAIMED").contains("OK");
        List<String> reached = new ArrayList<>();
        for (String wish : wishes) {
            Map<String, Object> state = neo4j.query("""
                            MATCH (w:Wish {id: $id})-[:FOR]->(n:Need)
                            RETURN w.status AS status, w:LiveWish AS live, n.status AS need,
                                   COUNT { (w)<-[:ON]-(:ActiveClaim) } AS active,
                                   COUNT { (w)<-[:ON]-(c:Claim) WHERE c.status = 'ACTIVE' } AS activeStatus,
                                   COUNT { (w)<-[:ON]-(c:Claim:ActiveClaim) WHERE c.status <> 'ACTIVE' } AS mislabelled,
                                   COUNT { (w)<-[:ON]-(:Claim {status: 'FULFILLED'}) } AS fulfilled,
                                   [(w)-[:STEP]->(s:WishStep) | s.seq] AS steps,
                                   head([(w)-[:STEP]->(s:WishStep) WHERE s.seq = COUNT { (w)-[:STEP]->(:WishStep) } | s.status]) AS lastStep""")
                    .bind(wish).to("id").fetch().one().orElseThrow();
            String status = (String) state.get("status");
            reached.add(status);
            String because = "seed " + SEED + ", wish " + wish + ": " + state;
            assertThat(state.get("live")).as(because).isEqualTo(List.of("DRAFT", "PUBLISHED", "CLAIMED").contains(status));
            assertThat(state.get("active")).as(because).isEqualTo(status.equals("CLAIMED") ? 1L : 0L);
            assertThat(state.get("activeStatus")).as(because).isEqualTo(state.get("active"));
            assertThat(state.get("mislabelled")).as(because).isEqualTo(0L);
            assertThat(state.get("fulfilled")).as(because).isEqualTo(List.of("FULFILLED", "CLOSED").contains(status) ? 1L : 0L);
            assertThat(state.get("lastStep")).as(because).isEqualTo(status);
            @SuppressWarnings("unchecked")
            List<Long> steps = (List<Long>) state.get("steps");
            assertThat(steps.stream().sorted().toList()).as(because).isEqualTo(LongStream.rangeClosed(1, steps.size()).boxed().toList());
            String need = (String) state.get("need");
            switch (status) {
                case "CLAIMED" -> assertThat(need).as(because).isEqualTo("IN_PROGRESS");
                case "FULFILLED", "CLOSED" -> assertThat(need).as(because).isEqualTo("MET");
                default -> assertThat(need).as(because).isEqualTo("OPEN");
            }
        }
        assertThat(reached).as("the steps moved the wishes on").anyMatch(status -> !status.equals("DRAFT"));
        for (GraphQlHttp donor : donors) {
            int active = donor.post("{ myDonorProfile { record { active } } }").ok().path("myDonorProfile").path("record").path("active").asInt();
            assertThat(active).isLessThanOrEqualTo(5);
            donor.post("{ myClaims(status: [ACTIVE]) { edges { node { wish { id } } } } }").ok().path("myClaims").path("edges")
                    .forEach(edge -> WishFlow.release(donor, edge.path("node").path("wish").path("id").asString()));
        }
    }
}
