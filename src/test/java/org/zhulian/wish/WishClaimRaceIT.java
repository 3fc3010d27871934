package org.zhulian.wish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhulian.support.Stories.LAO_GUO;
import static org.zhulian.support.Stories.LAO_GUO_HOUSEHOLD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.Concurrently;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

/**
 * Exactly one active claim per wish, whatever the interleaving: a hundred donors race for each of
 * several wishes at once through HTTP against the real database. The database itself refuses a
 * second active claim, so even a change that skipped the service's checks could not make one.
 */
@IntegrationTest
class WishClaimRaceIT {

    static final int DONORS = 100;
    static final int WISHES = 5;

    @Autowired
    GraphQlHttp graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aHundredDonorsRacingForEachOfSeveralWishesLeaveExactlyOneClaimOnEach() throws Exception {
        List<GraphQlHttp> donors = IntStream.rangeClosed(1, DONORS).mapToObj(n -> graphQl.as("charity-" + n)).toList();
        for (int n = 0; n < DONORS; n++) {
            WishFlow.profile(donors.get(n), Map.of("displayName", "爱心团体" + (n + 1)));
        }
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        List<String> wishes = new ArrayList<>();
        for (int w = 0; w < WISHES; w++) {
            String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要生活用品" + w);
            wishes.add(WishFlow.published(huayang, changning, need, LAO_GUO, "生活用品一份", "DAILY_GOODS", 50 + w));
        }
        record Attempt(String wish, int donor, String claim, String code) {
        }
        List<Callable<Attempt>> calls = new ArrayList<>();
        for (String wish : wishes) {
            for (int n = 0; n < DONORS; n++) {
                int donor = n;
                calls.add(() -> {
                    var response = WishFlow.claim(donors.get(donor), wish);
                    String claim = response.data().path("claimWish").path("claim").path("id").asString(null);
                    return new Attempt(wish, donor, claim, claim == null ? response.errorCode() : null);
                });
            }
        }

        List<Attempt> attempts = Concurrently.all(calls);

        Map<String, List<Attempt>> won = new HashMap<>();
        attempts.stream().filter(a -> a.claim() != null).forEach(a -> won.computeIfAbsent(a.wish(), k -> new ArrayList<>()).add(a));
        assertThat(won.keySet()).containsExactlyInAnyOrderElementsOf(wishes);
        assertThat(won.values()).allSatisfy(winners -> assertThat(winners).hasSize(1));
        assertThat(attempts.stream().filter(a -> a.claim() == null).map(Attempt::code))
                .isSubsetOf("WISH_ALREADY_CLAIMED", "CLAIM_QUOTA_REACHED").contains("WISH_ALREADY_CLAIMED");
        for (String wish : wishes) {
            Map<String, Object> row = neo4j.query("""
                            MATCH (w:Wish {id: $id})
                            RETURN w.status AS status, COUNT { (w)<-[:ON]-(:ActiveClaim) } AS active, COUNT { (w)<-[:ON]-(:Claim) } AS claims""")
                    .bind(wish).to("id").fetch().one().orElseThrow();
            assertThat(row).containsEntry("status", "CLAIMED").containsEntry("active", 1L).containsEntry("claims", 1L);
        }

        List<Callable<String>> again = new ArrayList<>();
        for (List<Attempt> winners : won.values()) {
            Attempt winner = winners.getFirst();
            for (int i = 0; i < 4; i++) {
                again.add(() -> WishFlow.claim(donors.get(winner.donor()), winner.wish()).ok().path("claimWish").path("claim").path("id").asString());
            }
        }
        Set<String> claimsNow = new HashSet<>(Concurrently.all(again));
        assertThat(claimsNow).as("claiming again what you hold, even at once, changes nothing")
                .containsExactlyInAnyOrderElementsOf(won.values().stream().map(w -> w.getFirst().claim()).toList());

        String wish = wishes.getFirst();
        assertThatThrownBy(() -> neo4j.query("""
                        MATCH (w:Wish {id: $id}) MATCH (d:Donor {account: 'charity-1'})
                        CREATE (d)-[:MADE]->(:Claim:ActiveClaim {id: randomUUID(), wishId: w.id, donorId: d.id, status: 'ACTIVE'})-[:ON]->(w)""")
                .bind(wish).to("id").run())
                .as("the database refuses a second active claim on a wish").hasMessageContaining("ActiveClaim");

        for (List<Attempt> winners : won.values()) {
            WishFlow.release(donors.get(winners.getFirst().donor()), winners.getFirst().wish()).ok();
        }
        assertThat(WishFlow.card(changning, wish).path("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aDonorHoldsOnlySoManyWishesAtOnce() {
        var donor = graphQl.as("charity-900");
        WishFlow.profile(donor, Map.of("displayName", "囤积测试"));
        var huayang = graphQl.as("caseworker-huayang");
        var changning = graphQl.as("caseworker-changning");
        List<String> wishes = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            String need = WishFlow.need(huayang, LAO_GUO_HOUSEHOLD, LAO_GUO, "需要米面" + w);
            wishes.add(WishFlow.published(huayang, changning, need, LAO_GUO, "大米一袋", "FOOD", 40));
        }
        for (int w = 0; w < 5; w++) {
            WishFlow.claim(donor, wishes.get(w)).ok();
        }

        var sixth = WishFlow.claim(donor, wishes.get(5));

        assertThat(sixth.errorCode()).isEqualTo("CLAIM_QUOTA_REACHED");
        WishFlow.release(donor, wishes.getFirst()).ok();
        assertThat(WishFlow.claim(donor, wishes.get(5)).ok().path("claimWish").path("claim").path("status").asString()).isEqualTo("ACTIVE");
        var none = graphQl.as("charity-901");
        assertThat(WishFlow.claim(none, wishes.getFirst()).errorCode()).as("a donor without a profile").isEqualTo("DONOR_PROFILE_REQUIRED");
        wishes.subList(1, 6).forEach(w -> WishFlow.release(donor, w).ok());
    }
}
