package org.zhulian.wish;

import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.system.GeoPoint;

/**
 * A donor and its profile: what it gives, where, in which value range, how many a month, and its
 * record. The account (token subject) ties it to its caller and is never shown.
 *
 * @param areaRegionCodes the regions it gives in (each with everything below), or empty
 * @param areaCentre      the centre of the circle it gives in, or null
 * @param origin          where its distances are measured from: its circle's centre, or its first region's
 */
public record Donor(String id, String account, DonorKind kind, String displayName, List<WishCategory> focus,
                    List<String> areaRegionCodes, GeoPoint areaCentre, Integer areaRadiusMeters, GeoPoint origin,
                    Integer minValueYuan, Integer maxValueYuan, Integer monthlyCapacity, Record record) {

    public enum DonorKind {
        ORGANISATION, INDIVIDUAL
    }

    /** What the donor did with its claims. */
    public record Record(int active, int claimedThisMonth, int fulfilled, int lapsed, int released) {
    }

    /** Cypher map projection of donor {@code d}, read by {@link #of(Value)}; binds {@code $monthStart}. */
    static final String PROJECTION = """
            d {.id, .account, .kind, .displayName, .focus, .areaRegionCodes, .areaCentre, .areaRadiusMeters, .origin,
               .minValueYuan, .maxValueYuan, .monthlyCapacity,
               active: COUNT { (d)-[:MADE]->(:ActiveClaim) },
               thisMonth: COUNT { (d)-[:MADE]->(c:Claim) WHERE c.claimedAt >= $monthStart },
               fulfilled: COUNT { (d)-[:MADE]->(:Claim {status: 'FULFILLED'}) },
               lapsed: COUNT { (d)-[:MADE]->(:Claim {status: 'LAPSED'}) },
               released: COUNT { (d)-[:MADE]->(:Claim {status: 'RELEASED'}) }}""";

    static Donor of(Value map) {
        return new Donor(map.get("id").asString(), map.get("account").asString(), DonorKind.valueOf(map.get("kind").asString()),
                map.get("displayName").asString(),
                map.get("focus").isNull() ? List.of() : map.get("focus").asList(v -> WishCategory.valueOf(v.asString())),
                map.get("areaRegionCodes").isNull() ? List.of() : map.get("areaRegionCodes").asList(Value::asString),
                GeoPoint.of(map.get("areaCentre")), integer(map.get("areaRadiusMeters")), GeoPoint.of(map.get("origin")),
                integer(map.get("minValueYuan")), integer(map.get("maxValueYuan")), integer(map.get("monthlyCapacity")),
                new Record(map.get("active").asInt(), map.get("thisMonth").asInt(), map.get("fulfilled").asInt(),
                        map.get("lapsed").asInt(), map.get("released").asInt()));
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    /** Whether a wish of this category is in the donor's focus (an empty focus takes any). */
    boolean focusesOn(WishCategory category) {
        return focus.isEmpty() || focus.contains(category);
    }

    /** Whether a wish of this value is in the donor's range. */
    boolean takesValue(int valueYuan) {
        return (minValueYuan == null || valueYuan >= minValueYuan) && (maxValueYuan == null || valueYuan <= maxValueYuan);
    }
}
