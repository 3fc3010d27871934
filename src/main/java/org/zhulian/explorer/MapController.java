package org.zhulian.explorer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.label.Label;
import org.zhulian.label.Labels;
import org.zhulian.provider.Provider;
import org.zhulian.provider.ProviderType;
import org.zhulian.provider.Providers;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.Batches;

/** {@code mapSettings}, {@code resourceMap}, {@code demandMap} and {@code careIndicators}. */
@Controller
class MapController {

    private final MapRepository repository;
    private final Outlines outlines;
    private final MapTilesSettings tiles;
    private final Regions regions;
    private final ServiceCategories categories;
    private final Providers providers;
    private final Labels labels;
    private final Clock clock;

    MapController(MapRepository repository, Outlines outlines, MapTilesSettings tiles, Regions regions, ServiceCategories categories,
                  Providers providers, Labels labels, Clock clock) {
        this.providers = providers;
        this.labels = labels;
        this.clock = clock;
        this.repository = repository;
        this.outlines = outlines;
        this.tiles = tiles;
        this.regions = regions;
        this.categories = categories;
    }

    record MapOutline(String geojson, String caption) {
    }

    record MapSettings(MapOutline outline, MapTilesSettings tiles) {
    }

    @QueryMapping
    MapSettings mapSettings(@ContextValue Caller caller) {
        return new MapSettings(new MapOutline(outlines.of(caller.jurisdiction()), Outlines.CAPTION), tiles.configured() ? tiles : null);
    }

    @QueryMapping
    List<MapRepository.Marker> resourceMap(@Argument String regionCode, @Argument List<ProviderType> types, @ContextValue Caller caller) {
        Scope where = regionCode == null ? caller.jurisdiction() : new Scope(List.of(regions.prefixOf(regionCode, "regionCode")));
        return repository.markers(where, types == null || types.isEmpty() ? null : types.stream().map(Enum::name).toList());
    }

    @BatchMapping(typeName = "ResourceMarker")
    Map<MapRepository.Marker, Provider> provider(List<MapRepository.Marker> markers) {
        return Batches.match(markers, MapRepository.Marker::id, providers.byId(Batches.keys(markers, MapRepository.Marker::id)));
    }

    @QueryMapping
    List<MapRepository.Demand> demandMap(@Argument String regionCode, @Argument List<String> categories, @ContextValue Caller caller) {
        Scope scope = caller.jurisdiction().requireWithin(regions.prefixOf(regionCode, "regionCode"), "regionCode");
        if (categories != null && !categories.isEmpty()) {
            this.categories.requireKnown(categories, "categories");
        }
        return repository.demand(scope, categories == null || categories.isEmpty() ? null : categories);
    }

    @QueryMapping
    MapRepository.Indicators careIndicators(@Argument String regionCode, @Argument List<String> labels, @ContextValue Caller caller) {
        Scope scope = caller.jurisdiction().requireWithin(regions.prefixOf(regionCode, "regionCode"), "regionCode");
        if (labels != null && !labels.isEmpty()) {
            this.labels.requireKnown(labels, "labels");
        }
        return repository.indicators(scope, labels == null || labels.isEmpty() ? null : labels, LocalDate.now(clock), clock.getZone());
    }

    @BatchMapping(typeName = "CareGroup")
    Map<MapRepository.Group, Label> label(List<MapRepository.Group> groups) {
        return Batches.match(groups, MapRepository.Group::labelCode, labels.byCode(Batches.keys(groups, MapRepository.Group::labelCode)));
    }

    @BatchMapping(typeName = "DemandArea")
    Map<MapRepository.Demand, Region> community(List<MapRepository.Demand> areas) {
        return Batches.match(areas, MapRepository.Demand::communityCode, regions.byCode(Batches.keys(areas, MapRepository.Demand::communityCode)));
    }
}
