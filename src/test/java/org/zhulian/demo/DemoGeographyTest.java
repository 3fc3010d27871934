package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Generated households and providers lie near their community's centre, or their street's seat. */
class DemoGeographyTest {

    private static final GeoShapes SHAPES = GeoShapes.load();
    private static final double LIMIT_SQUARED = 1_500.0 * 1_500.0;

    @Test
    void householdsLieWithinOneAndAHalfKilometresOfTheirCommunitysCentre() {
        var random = new SplittableRandom(21);
        var regions = RegionSeed.load(SHAPES, random);
        var generator = new HouseholdGenerator(random, regions, SHAPES, "330203", new HashSet<>());
        for (int i = 0; i < 3_000; i++) {
            HouseholdData household = generator.next();
            LatLon centre = regions.get(household.communityCode()).centre();
            assertThat(household.location().squaredDistance(centre)).as(household.address()).isLessThan(LIMIT_SQUARED);
        }
    }

    @Test
    void providersLieWithinOneAndAHalfKilometresOfTheirCommunityOrStreet() {
        var random = new SplittableRandom(22);
        var regions = RegionSeed.load(SHAPES, random);
        var generator = new ProviderGenerator(random, regions, SHAPES, "330203");
        var providers = new java.util.ArrayList<>(generator.generate());
        providers.addAll(generator.extra(500));
        assertThat(providers).allSatisfy(p -> assertThat(p.location().squaredDistance(regions.get(p.regionCode()).centre()))
                .as(p.name()).isLessThan(LIMIT_SQUARED));
    }
}
