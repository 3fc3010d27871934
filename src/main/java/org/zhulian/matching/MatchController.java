package org.zhulian.matching;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.provider.ProviderType;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.region.Gazetteer;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/** {@code matchResources}, {@code resourcesNear} and {@code coverageGaps}. */
@Controller
class MatchController {

    /** The taxonomy has 25 codes; more in a filter can only repeat them. */
    static final int MAX_CATEGORIES = 25;

    private final Matching matching;
    private final MatchRepository repository;
    private final ServiceCategories categories;
    private final Regions regions;
    private final Gazetteer gazetteer;

    MatchController(Matching matching, MatchRepository repository, ServiceCategories categories, Regions regions, Gazetteer gazetteer) {
        this.matching = matching;
        this.repository = repository;
        this.categories = categories;
        this.regions = regions;
        this.gazetteer = gazetteer;
    }

    @QueryMapping
    List<ResourceMatch> matchResources(@Argument String needId, @Argument Integer radiusMeters, @Argument Integer first,
                                       @Argument Boolean includeIneligible, @ContextValue Caller caller, DataFetchingEnvironment env) {
        return matching.match(caller, needId, radiusMeters, first, Boolean.TRUE.equals(includeIneligible),
                env.getSelectionSet().contains("provider/services"));
    }

    @QueryMapping
    NearbyResources resourcesNear(@Argument PlaceInput location, @Argument List<String> categories, @Argument List<ProviderType> types,
                                  @Argument Integer radiusMeters, @Argument Integer first) {
        List<String> categoryCodes = Filters.orNull(categories);
        if (categoryCodes != null) {
            if (categoryCodes.size() > MAX_CATEGORIES) {
                throw new InvalidInputException("categories", "categories may list at most " + MAX_CATEGORIES + " codes");
            }
            this.categories.requireKnown(categoryCodes, "categories");
            categoryCodes = categoryCodes.stream().distinct().toList();
        }
        int radius = Matching.radius(radiusMeters);
        int limit = Matching.first(first);
        Region region = regionOf(location);
        GeoPoint origin = region == null ? new GeoPoint(location.latitude(), location.longitude()) : region.centre();
        List<MatchRepository.Nearby> found = List.of();
        for (int ring : Rings.upTo(radius)) {
            found = repository.near(origin, ring, categoryCodes, Filters.names(types), limit);
            if (found.size() >= limit) {
                break;
            }
        }
        var nearby = found.stream()
                .map(n -> new NearbyResource(n.provider(),
                        n.provider().services().stream().filter(s -> n.serviceIds().contains(s.id())).toList(),
                        (int) Math.round(n.distance())))
                .toList();
        return new NearbyResources(origin, region, nearby);
    }

    @QueryMapping
    List<CoverageGap> coverageGaps(@Argument String regionCode, @Argument String category, @Argument int radiusMeters,
                                   @ContextValue Caller caller) {
        categories.requireKnown(List.of(category), "category");
        int radius = Matching.radius(radiusMeters);
        var scope = caller.jurisdiction().requireWithin(regions.prefixOf(regionCode, "regionCode"), "regionCode");
        return repository.gaps(scope, category, radius).stream()
                .map(g -> new CoverageGap(g.communityCode(), g.openNeeds(), g.uncovered())).toList();
    }

    @BatchMapping(typeName = "CoverageGap")
    Map<CoverageGap, Region> community(List<CoverageGap> gaps) {
        return Batches.match(gaps, CoverageGap::communityCode, regions.byCode(Batches.keys(gaps, CoverageGap::communityCode)));
    }

    /** The region the place names, or null for a point; exactly one form must be given. */
    private Region regionOf(PlaceInput place) {
        boolean point = place.latitude() != null || place.longitude() != null;
        int forms = (point ? 1 : 0) + (place.regionCode() != null ? 1 : 0) + (place.address() != null ? 1 : 0);
        if (forms != 1) {
            throw new InvalidInputException("location", "Give exactly one of latitude and longitude, regionCode or address");
        }
        if (point) {
            if (place.latitude() == null || place.longitude() == null
                    || Math.abs(place.latitude()) > 90 || Math.abs(place.longitude()) > 180) {
                throw new InvalidInputException("location", "latitude (-90 to 90) and longitude (-180 to 180) go together");
            }
            return null;
        }
        if (place.regionCode() != null) {
            String code = RegionCode.parse(place.regionCode(), "location.regionCode").code();
            Region region = regions.byCode(List.of(code)).get(code);
            if (region == null || region.centre() == null) {
                throw new InvalidInputException("location.regionCode", "No region with a known centre has this code");
            }
            return region;
        }
        return gazetteer.locate(Texts.required(place.address(), "location.address", 200))
                .orElseThrow(() -> new InvalidInputException("location.address", "The address names no district, street or community we know"));
    }
}
