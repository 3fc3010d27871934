package org.zhulian.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.security.Scope;
import org.zhulian.support.IntegrationTest;
import org.zhulian.system.graphql.Keyset;

/**
 * A district's needs are read in the order's index and cut when the page is full, not collected
 * and sorted; a street's are found by their grids' index, which for a street reads fewer.
 */
@IntegrationTest
class NeedPlansIT {

    @Autowired
    Driver driver;

    @Test
    void aDistrictsNeedsAreReadInTheOrdersIndexOnEveryPage() {
        for (List<Object> after : Arrays.<List<Object>>asList(null, List.of(2L, ZonedDateTime.now(), "x"))) {
            List<String> operators = operators(new NeedCriteria(new Scope(List.of("330203")), null, List.of("OPEN")), after);

            assertThat(operators).anyMatch(o -> o.startsWith("NodeIndex") && o.contains("Need(urgencyRank, created)"));
            assertThat(operators).anyMatch(o -> o.startsWith("PartialTop") || o.startsWith("PartialSort"));
            assertThat(operators).noneMatch(o -> o.startsWith("Top") || o.startsWith("Sort"));
        }
    }

    @Test
    void aStreetsNeedsAreFoundByTheirGrids() {
        List<String> operators = operators(new NeedCriteria(new Scope(List.of("330203009")), null, null), null);

        assertThat(operators).anyMatch(o -> o.contains("Need(gridCode)"));
        assertThat(operators).noneMatch(o -> o.contains("urgencyRank, created"));
    }

    private List<String> operators(NeedCriteria criteria, List<Object> after) {
        Keyset.Slice slice = new Keyset.Slice(NeedRepository.ORDER, after, 20);
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        parameters.put("after", after);
        parameters.put("limit", 21);
        List<String> operators = new ArrayList<>();
        collect(driver.executableQuery("EXPLAIN " + NeedRepository.statement(criteria, slice)).withParameters(parameters).execute().summary().plan(),
                operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
        plan.children().forEach(child -> collect(child, operators));
    }
}
