package org.zhulian.region;

import org.zhulian.system.graphql.Batches;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code Region} type and the region root fields. */
@Controller
class RegionController {

    private final RegionRepository regions;
    private final Regions service;

    RegionController(RegionRepository regions, Regions service) {
        this.regions = regions;
        this.service = service;
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
}
