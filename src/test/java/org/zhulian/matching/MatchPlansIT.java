package org.zhulian.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.IntegrationTest;

/** The matching statements reach providers by a seek of the point index around one point, not by a scan of all providers. */
@IntegrationTest
class MatchPlansIT {

    @Autowired
    Driver driver;

    @Test
    void matchingANeedSeeksTheProviderPointIndexAroundTheHousehold() {
        List<String> operators = operators(MatchRepository.CANDIDATES, Map.of("needId", MatchResourcesIT.WANG_HONG_REHABILITATION,
                "radius", 5_000, "candidates", 20, "today", LocalDate.now(), "scope", List.of("330203009")));

        assertThat(operators).anyMatch(MatchPlansIT::seeksProviderPoints);
        assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") && o.contains("Provider"));
        assertThat(operators).noneMatch(o -> o.startsWith("AllNodesScan"));
    }

    @Test
    void aRareCategoryIsSoughtFromTheCategoryIndexAndNeverByScanningProviders() {
        List<String> operators = operators(MatchRepository.CANDIDATES_OF_CATEGORY, Map.of("needId", MatchResourcesIT.WANG_HONG_BARRIER_FREE,
                "fitting", List.of("DAILY_LIFE.BARRIER_FREE", "DAILY_LIFE"), "narrower", "DAILY_LIFE.BARRIER_FREE.", "radius", 10_000,
                "candidates", 20, "today", LocalDate.now(), "scope", List.of("330203009")));

        assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains(":Service(categoryCode)"));
        assertThat(operators).noneMatch(o -> (o.startsWith("NodeByLabelScan") || o.startsWith("NodeIndexScan")) && o.contains("Provider"));
        assertThat(operators).noneMatch(o -> o.startsWith("AllNodesScan"));
    }

    @Test
    void resourcesNearAPlaceSeekThePointIndex() {
        List<String> operators = operators(MatchRepository.NEAR, Map.of("latitude", 29.826, "longitude", 121.505, "radius", 3_000,
                "limit", 10, "categories", List.of("DAILY_LIFE.MEAL"), "types", List.of("HOME_CARE_STATION")));

        assertThat(operators).anyMatch(MatchPlansIT::seeksProviderPoints);
        assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") && o.contains("Provider"));
    }

    @Test
    void coverageGapsSeekThePointIndexFromEachHousehold() {
        List<String> operators = operators(MatchRepository.GAPS, Map.of("scope", List.of("330203009"), "category", "DAILY_LIFE",
                "radius", 3_000));

        assertThat(operators).anyMatch(MatchPlansIT::seeksProviderPoints);
        assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") && o.contains("Provider"));
    }

    private static boolean seeksProviderPoints(String operator) {
        return operator.startsWith("NodeIndexSeekByRange") && operator.contains("POINT INDEX") && operator.contains(":Provider(location)")
                && operator.contains("point.distance(location");
    }

    /** Each operator of the plan with its details, e.g. {@code NodeIndexSeekByRange POINT INDEX provider_location …}. */
    private List<String> operators(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + statement, parameters).consume().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        plan.children().forEach(child -> collect(child, into));
    }
}
