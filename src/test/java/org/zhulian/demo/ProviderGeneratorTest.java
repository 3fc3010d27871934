package org.zhulian.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ProviderGeneratorTest {

    private static final GeoShapes SHAPES = GeoShapes.load();

    @Test
    void haishuGetsTheArticlesCountsPerKind() {
        var random = new SplittableRandom(11);
        var providers = new ProviderGenerator(random, RegionSeed.load(SHAPES, random), SHAPES, "330203").generate();
        var byType = providers.stream().collect(groupingBy(ProviderData::type, counting()));

        ProviderGenerator.HAISHU_COUNTS.forEach((type, count) -> assertThat(byType.get(type)).as(type).isEqualTo((long) count));
        assertThat(byType.get("CHARITY")).isBetween(15L, 25L);
        assertThat(byType.get("SOCIAL_ORGANISATION")).isBetween(10L, 20L);
        assertThat(byType.get("MEDICAL")).isBetween(2L, 8L);
        assertThat(providers).extracting(ProviderData::name).doesNotHaveDuplicates();
        assertThat(providers).extracting(ProviderData::name).contains("石碶街道便民服务中心", "海曙区颐养院");
    }

    @Test
    void everyProviderSitsInHaishuAndOffersOneToFourServicesOfItsKind() {
        var random = new SplittableRandom(12);
        var generator = new ProviderGenerator(random, RegionSeed.load(SHAPES, random), SHAPES, "330203");
        var haishu = SHAPES.district("330203").orElseThrow();
        var all = new java.util.ArrayList<>(generator.generate());
        all.addAll(generator.extra(300));

        assertThat(all).allSatisfy(p -> {
            assertThat(p.regionCode()).startsWith("330203");
            assertThat(haishu.contains(p.location())).isTrue();
            assertThat(p.services()).hasSizeBetween(1, 4);
            assertThat(p.id()).startsWith("prv-");
            assertThat(p.contact()).matches("0574-8\\d{7}");
            assertThat(p.capacity() == null).isEqualTo(p.type().equals("ASSISTANCE_PROJECT"));
        });
        assertThat(all).filteredOn(p -> p.type().equals("HOME_CARE_STATION"))
                .allSatisfy(p -> assertThat(p.services()).extracting(ProviderData.Service::categoryCode)
                        .allMatch(c -> c.startsWith("DAILY_LIFE.") || c.startsWith("EMOTIONAL.")));
    }
}
