package org.zhulian.household;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.stereotype.Controller;
import org.zhulian.region.Region;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;

/**
 * {@code Region.householdCount} and {@code Region.personCount}: how many of the registry's records lie
 * below a region, counting only the caller's part of it (a grid worker sees its grids' share of a
 * district), in one statement per batch of regions.
 */
@Controller
class RegionCountController {

    private final HouseholdRepository repository;

    RegionCountController(HouseholdRepository repository) {
        this.repository = repository;
    }

    @BatchMapping(typeName = "Region")
    List<Integer> householdCount(List<Region> batch, @ContextValue Caller caller) {
        return countBelow(HouseholdRepository.Counted.HOUSEHOLDS, batch, caller);
    }

    @BatchMapping(typeName = "Region")
    List<Integer> personCount(List<Region> batch, @ContextValue Caller caller) {
        return countBelow(HouseholdRepository.Counted.PERSONS, batch, caller);
    }

    private List<Integer> countBelow(HouseholdRepository.Counted what, List<Region> batch, Caller caller) {
        Map<String, Scope> visible = batch.stream().map(Region::prefix).distinct()
                .collect(Collectors.toMap(prefix -> prefix, caller.jurisdiction()::within));
        Map<String, Long> counts = repository.countBelow(what,
                visible.values().stream().flatMap(scope -> scope.prefixes().stream()).distinct().toList());
        return batch.stream().map(r -> visible.get(r.prefix()).prefixes().stream().mapToLong(p -> counts.getOrDefault(p, 0L)).sum())
                .map(Long::intValue).toList();
    }
}
