package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Households and providers shared over districts by their communities: nothing lost to rounding, none made up. */
class DemoSharesTest {

    @Test
    void aProvinceIsSharedByCommunitiesAndAOneDistrictSetIsItsOwn() {
        Map<String, Integer> communities = new LinkedHashMap<>();
        communities.put("330203", 280);
        communities.put("411122", 367);
        communities.put("310105", 189);
        communities.put("340706", 116);
        communities.put("340705", 50);

        Map<String, Integer> shares = DemoDataLoader.share(1_500_000, communities);

        assertThat(shares.keySet()).containsExactlyElementsOf(communities.keySet());
        assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_500_000);
        assertThat(shares.get("411122")).isEqualTo(1_500_000 * 367 / 1002);
        assertThat(DemoDataLoader.share(2_000, Map.of("330203", 280))).containsExactly(Map.entry("330203", 2_000));
    }

    @Test
    void anySharesAddUpToTheTotal() {
        var random = new SplittableRandom(3);
        for (int run = 0; run < 1_000; run++) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            int districts = 1 + random.nextInt(6);
            for (int d = 0; d < districts; d++) {
                weights.put("d" + d, 1 + random.nextInt(500));
            }
            int total = random.nextInt(5_000_000);
            Map<String, Integer> shares = DemoDataLoader.share(total, weights);
            assertThat(shares.values()).allMatch(share -> share >= 0);
            assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        }
    }
}
