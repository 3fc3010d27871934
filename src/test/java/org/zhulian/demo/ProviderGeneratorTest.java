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

    @Test
    void servicesCarryTheTermsOfLocalPolicy() {
        var random = new SplittableRandom(13);
        var services = new ProviderGenerator(random, RegionSeed.load(SHAPES, random), SHAPES, "330203").generate().stream()
                .flatMap(p -> p.services().stream().map(s -> java.util.Map.entry(p, s))).toList();

        assertThat(services).allSatisfy(e -> {
            var terms = e.getValue().terms();
            if (terms.placesTotal() != null) {
                assertThat(terms.placesTaken()).isBetween(0, terms.placesTotal());
            }
            switch (e.getValue().categoryCode()) {
                case "DAILY_LIFE.MEAL", "DAILY_LIFE.BATH" -> assertThat(terms.minAge()).isEqualTo(60);
                case "DAILY_LIFE.BARRIER_FREE" -> {
                    assertThat(terms.disabilityRequired()).isTrue();
                    assertThat(terms.labelsAnyOf()).contains("DIBAO", "TEKUN");
                    assertThat(terms.areaCode()).isEqualTo("330203000000");
                }
                default -> { }
            }
        });
        assertThat(services).filteredOn(e -> e.getKey().name().endsWith("敬老院") && e.getValue().categoryCode().equals("DAILY_LIFE.HOME_CARE"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getValue().terms().labelsAnyOf()).containsExactly("TEKUN"));
        assertThat(services).filteredOn(e -> e.getValue().terms().feeYuan() > 0).isNotEmpty();
        assertThat(services).filteredOn(e -> e.getValue().terms().placesTotal() == null).isNotEmpty();
    }
}
