package org.zhulian.region;

import org.zhulian.system.graphql.Batches;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.audit.Access;
import org.zhulian.security.Caller;

/** The {@code Region} type and the region root fields. */
@Controller
class RegionController {

    private final RegionRepository regions;
    private final Regions service;

    private final Access access;

    RegionController(RegionRepository regions, Regions service, Access access) {
        this.regions = regions;
        this.service = service;
        this.access = access;
    }

    @QueryMapping
    Region region(@Argument String code) {
        return regions.find(RegionCode.parse(code, "code").code()).orElse(null);
    }

    @QueryMapping
    List<Region> regions(@Argument String parentCode) {
        if (parentCode == null) {
            return regions.roots();
        }
        return regions.children(List.of(RegionCode.parse(parentCode, "parentCode").code()));
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> children) {
        return Batches.match(children, Region::parentCode, service.byCode(Batches.keys(children, Region::parentCode)));
    }

    @BatchMapping
    List<List<Region>> children(List<Region> parents) {
        Map<String, List<Region>> children = regions.children(parents.stream().map(Region::code).toList()).stream()
                .collect(Collectors.groupingBy(Region::parentCode));
        return parents.stream().map(parent -> children.getOrDefault(parent.code(), List.of())).toList();
    }

    @BatchMapping
    List<List<Region>> path(List<Region> leaves) {
        return service.paths(leaves.stream().map(Region::code).toList());
    }

    @BatchMapping
    List<Integer> householdCount(List<Region> batch, @ContextValue Caller caller) {
        access.requireRegistryRead(caller, "Region.householdCount", List.of());
        return countBelow(RegionRepository.Counted.HOUSEHOLDS, batch, caller);
    }

    @BatchMapping
    List<Integer> personCount(List<Region> batch, @ContextValue Caller caller) {
        access.requireRegistryRead(caller, "Region.personCount", List.of());
        return countBelow(RegionRepository.Counted.PERSONS, batch, caller);
    }

    /** Counts only what lies in the caller's jurisdiction: a grid worker sees its grids' share of a district. */
    private List<Integer> countBelow(RegionRepository.Counted what, List<Region> batch, Caller caller) {
        Map<String, List<String>> visible = batch.stream().map(Region::prefix).distinct()
                .collect(Collectors.toMap(prefix -> prefix, caller::within));
        Map<String, Long> counts = regions.countBelow(what, visible.values().stream().flatMap(List::stream).distinct().toList());
        return batch.stream().map(r -> visible.get(r.prefix()).stream().mapToLong(p -> counts.getOrDefault(p, 0L)).sum())
                .map(Long::intValue).toList();
    }
}
