package org.zhulian.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Believable terms for a demo service, after the local policies the articles describe: meal and bath
 * help for the over-60s at a small charge (free for 特困), rehabilitation for certificate holders,
 * barrier-free renovation for poor disabled households with local registration, school aid for
 * children of 低保, 特困 and 低保边缘 families, 敬老院 care kept for 特困 persons, and counselling,
 * visits and activities open to everyone.
 */
final class ServiceTerms {

    private static final List<String> POOR = List.of("DIBAO", "TEKUN", "DIBAO_EDGE");

    private ServiceTerms() {
    }

    /** The terms of service {@code category} at a provider of {@code type} in district {@code districtCode}. */
    static ProviderData.Terms of(String type, String category, String districtCode, boolean ruralCareHome, RandomGenerator random) {
        Integer places = places(type, category, random);
        Integer taken = places == null ? null : random.nextInt(places + 1) * 3 / 4;
        return switch (category) {
            case "DAILY_LIFE.MEAL" -> terms(places, taken, random.nextInt(4) == 0 ? 0 : 8 + random.nextInt(8), "餐",
                    random.nextInt(5) == 0 ? List.of("TEKUN") : List.of(), 60, null, false, null, false);
            case "DAILY_LIFE.BATH" -> terms(places, taken, 15 + 5 * random.nextInt(4), "次", List.of(), 60, null, false, null, false);
            case "DAILY_LIFE.DAY_CARE" -> terms(places, taken, 300 + 100 * random.nextInt(8), "月", List.of(), 60, null, false, null, false);
            case "DAILY_LIFE.HOME_CARE" -> ruralCareHome
                    ? terms(places, taken, 0, null, List.of("TEKUN"), null, null, false, districtCode, true)
                    : terms(places, taken, type.equals("ELDERLY_CARE_INSTITUTION") ? 2_000 + 500 * random.nextInt(7) : 35,
                            type.equals("ELDERLY_CARE_INSTITUTION") ? "月" : "次", List.of(), 60, null, false, null, false);
            case "DAILY_LIFE.REHABILITATION" -> type.equals("MEDICAL")
                    ? terms(places, taken, 60 + 20 * random.nextInt(5), "次", List.of(), null, null, false, null, false)
                    : terms(places, taken, 0, null, List.of(), null, null, true, districtCode, false);
            case "DAILY_LIFE.BARRIER_FREE" -> terms(places, taken, 0, null, POOR, null, null, true, districtCode, true);
            case "CAPABILITY.EDUCATION" -> terms(places, taken, 0, null, POOR, 6, 22, false, districtCode, false);
            case "CAPABILITY.SKILLS" -> terms(places, taken, 0, null, List.of(), 16, 60, false, null, false);
            case "CAPABILITY.EMPLOYMENT" -> terms(places, taken, 0, null, List.of(), 16, 60, false, null, false);
            case "SOCIAL_INCLUSION.CHILD_GROWTH" -> terms(places, taken, 0, null, List.of(), 3, 17, false, null, false);
            case "MATERIAL.GOODS", "MATERIAL.CASH" -> type.equals("CONVENIENCE_SERVICE_CENTRE")
                    ? terms(null, null, 0, null, List.of(), null, null, false, null, false)
                    : terms(places, taken, 0, null, List.of("DIBAO", "TEKUN", "DIBAO_EDGE", "LOW_INCOME"), null, null, false, districtCode, false);
            case "MATERIAL.HOUSING" -> terms(places, taken, 0, null, List.of("DIBAO", "TEKUN"), null, null, false, districtCode, true);
            case "DAILY_LIFE.MEDICAL" -> terms(places, taken, type.equals("MEDICAL") ? 10 : 0, type.equals("MEDICAL") ? "次" : null,
                    List.of(), null, null, false, null, false);
            default -> terms(places, taken, 0, null, List.of(), null, null, false, null, false);
        };
    }

    /** Opening hours as providers post them. */
    static String openingHours(String type, RandomGenerator random) {
        return switch (type) {
            case "ELDERLY_CARE_INSTITUTION", "MEDICAL" -> "全天";
            case "HOME_CARE_STATION", "HOME_CARE_CENTRE" -> random.nextBoolean() ? "每天 07:30-18:00" : "周一至周六 08:00-17:30";
            case "ASSISTANCE_PROJECT" -> "预约服务";
            default -> random.nextBoolean() ? "周一至周五 08:30-17:00" : "周一至周五 08:30-11:30, 13:30-17:00";
        };
    }

    private static Integer places(String type, String category, RandomGenerator random) {
        return switch (category) {
            case "MATERIAL.CASH", "SOCIAL_INCLUSION.ACTIVITIES", "DAILY_LIFE.ERRANDS" -> null;
            case "DAILY_LIFE.HOME_CARE" -> type.equals("ELDERLY_CARE_INSTITUTION") ? 30 + random.nextInt(120) : 5 + random.nextInt(20);
            case "DAILY_LIFE.MEAL" -> 20 + random.nextInt(60);
            case "DAILY_LIFE.BARRIER_FREE", "MATERIAL.HOUSING" -> 5 + random.nextInt(16);
            default -> 5 + random.nextInt(36);
        };
    }

    private static ProviderData.Terms terms(Integer places, Integer taken, int feeYuan, String per, List<String> labels,
                                            Integer minAge, Integer maxAge, boolean disability, String areaCode, boolean registeredOnly) {
        return new ProviderData.Terms(places, taken, feeYuan, feeYuan == 0 ? null : per, labels, minAge, maxAge, disability,
                areaCode == null ? null : RegionSeed.pad(areaCode), registeredOnly);
    }
}
