package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RegionSeedTest {

    private static final GeoShapes SHAPES = GeoShapes.load();
    private static final RegionSeed REGIONS = RegionSeed.load(SHAPES, new SplittableRandom(3));

    @Test
    void codesArePaddedToTwelveDigitsAndPrefixesAreTheShortCodes() {
        assertThat(REGIONS.get("330000000000")).satisfies(r -> {
            assertThat(r.level()).isEqualTo("PROVINCE");
            assertThat(r.prefix()).isEqualTo("33");
            assertThat(r.parentCode()).isNull();
        });
        assertThat(REGIONS.get("330203009000")).satisfies(r -> {
            assertThat(r.name()).isEqualTo("石碶街道");
            assertThat(r.prefix()).isEqualTo("330203009");
            assertThat(r.parentCode()).isEqualTo("330203000000");
        });
        assertThat(REGIONS.get("330203009005").parentCode()).isEqualTo("330203009000");
    }

    @Test
    void everyCommunityHasThreeGridsNamedAfterIt() {
        var grid = REGIONS.get("330203009005002");

        assertThat(grid.name()).isEqualTo("石碶社区居委会第2网格");
        assertThat(grid.level()).isEqualTo("GRID");
        assertThat(grid.prefix()).isEqualTo("330203009005002");
        assertThat(REGIONS.under("330203", "GRID")).hasSize(3 * REGIONS.under("330203", "COMMUNITY").size());
        assertThat(REGIONS.gridWorkers()).hasSize(REGIONS.under("", "GRID").size())
                .anySatisfy(w -> assertThat(w.id()).isEqualTo("gw-330203009005002"));
    }

    @Test
    void communityAndGridCentresLieInsideTheirDistrict() {
        for (var region : REGIONS.all()) {
            if (region.level().equals("COMMUNITY") || region.level().equals("GRID")) {
                var outline = SHAPES.district(region.code().substring(0, 6)).orElseThrow();
                assertThat(outline.contains(region.centre())).as(region.code()).isTrue();
            }
        }
    }

    @Test
    void labelScopesAreTheUnpaddedRegionCodes() {
        assertThat(DictionarySeed.scope("330200000000")).isEqualTo("3302");
        assertThat(DictionarySeed.scope("310105001000")).isEqualTo("310105001");
        assertThat(DictionarySeed.scope("330203000000")).isEqualTo("330203");
        assertThat(DictionarySeed.scope("")).isEmpty();
    }

    @Test
    void addressesUseTheCommonFormOfCommunityNames() {
        assertThat(RegionSeed.shortName("石碶社区居委会")).isEqualTo("石碶社区");
        assertThat(RegionSeed.shortName("施家村村委会")).isEqualTo("施家村");
        assertThat(RegionSeed.shortName("献街村村民委员会")).isEqualTo("献街村");
        assertThat(RegionSeed.shortName("周江岸社区")).isEqualTo("周江岸社区");
    }
}
