package org.zhulian.wish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.types.Point;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.zhulian.access.Changes.Change;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * A donor's own profile, set up and changed by the donor alone: its account is the caller's token
 * subject, so nobody can edit another donor's profile. Nothing is stored of a person who gives but
 * the name they choose and the area they draw.
 */
@Service
class DonorProfiles {

    static final int MAX_NAME = 40;
    static final int MAX_REGIONS = 20;
    static final int MIN_RADIUS = 100;
    static final int MAX_RADIUS = 100_000;
    static final int MAX_CAPACITY = 1_000;

    private final Neo4jClient neo4j;
    private final Regions regions;
    private final Clock clock;

    DonorProfiles(Neo4jClient neo4j, Regions regions, Clock clock) {
        this.neo4j = neo4j;
        this.regions = regions;
        this.clock = clock;
    }

    record DonorAreaInput(List<String> regionCodes, Double latitude, Double longitude, Integer radiusMeters) {
    }

    record DonorProfileInput(Donor.DonorKind kind, String displayName, List<WishCategory> focus, DonorAreaInput area,
                             Integer minValueYuan, Integer maxValueYuan, Integer monthlyCapacity) {
    }

    /** The profile's properties, checked; before any transaction. */
    Map<String, Object> checked(DonorProfileInput input) {
        String name = Texts.required(input.displayName(), "input.displayName", MAX_NAME);
        Integer min = value(input.minValueYuan(), "input.minValueYuan");
        Integer max = value(input.maxValueYuan(), "input.maxValueYuan");
        if (min != null && max != null && min > max) {
            throw new InvalidInputException("input.minValueYuan", "minValueYuan must not exceed maxValueYuan");
        }
        if (input.monthlyCapacity() != null && (input.monthlyCapacity() < 1 || input.monthlyCapacity() > MAX_CAPACITY)) {
            throw new InvalidInputException("input.monthlyCapacity", "monthlyCapacity must be 1 to " + MAX_CAPACITY);
        }
        List<String> focus = input.focus() == null ? List.of() : input.focus().stream().distinct().map(Enum::name).toList();
        Map<String, Object> properties = Parameters.of("displayName", name, "focus", focus, "minValueYuan", min, "maxValueYuan", max,
                "monthlyCapacity", input.monthlyCapacity(), "areaRegionCodes", null, "areaPrefixes", null, "areaCentre", null,
                "areaRadiusMeters", null, "origin", null);
        if (input.kind() != null) {
            properties.put("kind", input.kind().name());
        }
        DonorAreaInput area = input.area();
        if (area == null) {
            return properties;
        }
        boolean circle = area.latitude() != null || area.longitude() != null || area.radiusMeters() != null;
        boolean byRegion = area.regionCodes() != null && !area.regionCodes().isEmpty();
        if (circle == byRegion) {
            throw new InvalidInputException("input.area", "Give regions or a circle (latitude, longitude, radiusMeters), not both");
        }
        if (byRegion) {
            if (area.regionCodes().size() > MAX_REGIONS) {
                throw new InvalidInputException("input.area.regionCodes", "At most " + MAX_REGIONS + " regions");
            }
            List<String> codes = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String code : area.regionCodes()) {
                String prefix = regions.prefixOf(code, "input.area.regionCodes");
                if (!prefixes.contains(prefix)) {
                    prefixes.add(prefix);
                    codes.add(RegionCode.parse(code, "input.area.regionCodes").code());
                }
            }
            Region first = regions.byCode(codes).get(codes.getFirst());
            properties.putAll(Parameters.of("areaRegionCodes", codes, "areaPrefixes", prefixes,
                    "origin", first == null || first.centre() == null ? null : first.centre().inChina("input.area.regionCodes")));
            return properties;
        }
        if (area.latitude() == null || area.longitude() == null || area.radiusMeters() == null) {
            throw new InvalidInputException("input.area", "A circle needs latitude, longitude and radiusMeters");
        }
        if (area.radiusMeters() < MIN_RADIUS || area.radiusMeters() > MAX_RADIUS) {
            throw new InvalidInputException("input.area.radiusMeters", "radiusMeters must be " + MIN_RADIUS + " to " + MAX_RADIUS);
        }
        Point centre = new GeoPoint(area.latitude(), area.longitude()).inChina("input.area.latitude");
        properties.putAll(Parameters.of("areaCentre", centre, "areaRadiusMeters", area.radiusMeters(), "origin", centre));
        return properties;
    }

    /** Sets up or changes the caller's profile; returns its id. */
    String update(Change change, Map<String, Object> properties) {
        String id = neo4j.query("""
                        MERGE (d:Donor {account: $account})
                        ON CREATE SET d.id = $id, d.created = $now, d.kind = 'INDIVIDUAL'
                        SET d += $properties, d.updated = $now
                        RETURN d.id""")
                .bindAll(Parameters.of("account", change.caller().user(), "id", "dnr-" + UUID.randomUUID(), "now", OffsetDateTime.now(clock),
                        "properties", properties))
                .fetchAs(String.class).one().orElseThrow();
        change.touches(id);
        return id;
    }

    private static Integer value(Integer yuan, String field) {
        if (yuan != null && (yuan < 1 || yuan > WishInputs.MAX_VALUE_YUAN)) {
            throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1) + " must be 1 to " + WishInputs.MAX_VALUE_YUAN);
        }
        return yuan;
    }
}
