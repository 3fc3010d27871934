package org.zhulian.provider;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * One service a provider offers, in a category of the taxonomy, with what a caller asks before a
 * referral: whether a place is free, what it costs, and who may use it.
 *
 * @param places null where the service is not limited by places (advice, applications)
 */
public record Service(String id, String providerId, String name, String categoryCode, Places places, Fee fee,
                      Eligibility eligibility) {

    /** Cypher map projection of service {@code s} of provider {@code p}, read by {@link #of(Value)}. */
    public static final String PROJECTION = """
            s {.id, providerId: p.id, .name, .categoryCode, .placesTotal, .placesTaken, .feeYuan, .feePer,
               .labelsAnyOf, .minAge, .maxAge, .disabilityRequired, .areaCode, .registeredOnly}""";

    public static Service of(Value map) {
        Places places = map.get("placesTotal").isNull() ? null
                : new Places(map.get("placesTotal").asInt(), map.get("placesTaken").asInt(0));
        Fee fee = new Fee(map.get("feeYuan").asDouble(0), map.get("feePer").asString(null));
        Eligibility eligibility = new Eligibility(
                map.get("labelsAnyOf").isNull() ? List.of() : map.get("labelsAnyOf").asList(Value::asString),
                intOrNull(map.get("minAge")), intOrNull(map.get("maxAge")), map.get("disabilityRequired").asBoolean(false),
                map.get("areaCode").asString(null), map.get("registeredOnly").asBoolean(false));
        return new Service(map.get("id").asString(), map.get("providerId").asString(), map.get("name").asString(),
                map.get("categoryCode").asString(), places, fee, eligibility);
    }

    private static Integer intOrNull(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    /** A service's places: how many it has, and how many accepted referrals hold. */
    public record Places(int total, int taken) {

        public int free() {
            return Math.max(0, total - taken);
        }
    }

    /** What one use of the service costs; {@code per} says what the amount is for (次, 餐, 月). */
    public record Fee(double amountYuan, String per) {

        public boolean free() {
            return amountYuan == 0;
        }
    }

    /**
     * Who may use the service. Every requirement is optional; a service with none is open to all.
     *
     * @param labelsAnyOf    the person or the household must carry one of these labels now (only 特困; 低保 or 特困)
     * @param minAge         the person's age at least this
     * @param maxAge         the person's age at most this
     * @param disability     the person must hold a disability certificate
     * @param areaCode       the household must live in this region (its code)
     * @param registeredOnly and be registered there (户籍), not only resident (常住)
     */
    public record Eligibility(List<String> labelsAnyOf, Integer minAge, Integer maxAge, boolean disability,
                              String areaCode, boolean registeredOnly) {

        public static final Eligibility OPEN_TO_ALL = new Eligibility(List.of(), null, null, false, null, false);

        public Eligibility {
            labelsAnyOf = List.copyOf(labelsAnyOf);
        }
    }
}
