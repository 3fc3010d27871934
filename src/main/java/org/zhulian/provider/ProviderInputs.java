package org.zhulian.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhulian.label.Labels;
import org.zhulian.region.RegionCode;
import org.zhulian.region.RegionLevel;
import org.zhulian.region.Regions;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * The inputs of the provider mutations, and the checks on them made before any transaction: each
 * service's terms are turned into the properties the matching reads, or fail naming the field.
 */
final class ProviderInputs {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_SERVICES = 20;
    static final int MAX_LABELS = 20;
    static final int MAX_PLACES = 100_000;
    static final double MAX_FEE = 1_000_000;

    private ProviderInputs() {
    }

    record FeeInput(Double amountYuan, String per) {
    }

    record EligibilityInput(List<String> labelsAnyOf, Integer minAge, Integer maxAge, Boolean disability, String residenceIn,
                            Boolean registeredOnly) {
    }

    record ServiceInput(String name, String categoryCode, Integer placesTotal, FeeInput fee, EligibilityInput eligibility) {
    }

    record ServiceUpdateInput(String id, String name, String categoryCode, FeeInput fee, EligibilityInput eligibility) {
    }

    record RegisterProviderInput(ProviderType type, String name, String regionCode, String address, GeoPoint location,
                                 String contact, Integer capacity, String openingHours, List<ServiceInput> services) {
    }

    record UpdateProviderInput(String id, String name, String address, GeoPoint location, String contact, Integer capacity,
                               String openingHours, List<ServiceInput> addServices, List<ServiceUpdateInput> updateServices) {
    }

    record SetServiceCapacityInput(String serviceId, Integer placesTotal) {
    }

    /** The region a provider is registered in: a district or below, known to the tree. */
    static String region(Regions regions, String regionCode, String field) {
        RegionCode code = RegionCode.parse(regionCode, field);
        regions.prefixOf(code.code(), field);
        if (code.level().ordinal() < RegionLevel.DISTRICT.ordinal()) {
            throw new InvalidInputException(field, "A provider sits in a district or below");
        }
        return code.code();
    }

    /** Checks the inputs against the taxonomy, the label dictionary and the region tree. */
    static final class Checks {

        private final ServiceCategories categories;
        private final Labels labels;
        private final Regions regions;

        Checks(ServiceCategories categories, Labels labels, Regions regions) {
            this.categories = categories;
            this.labels = labels;
            this.regions = regions;
        }

        /** A new service's properties, {@code placesTaken} 0. */
        Map<String, Object> service(ServiceInput input, String field) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("name", Texts.required(input.name(), field + ".name", MAX_NAME));
            properties.put("categoryCode", category(input.categoryCode(), field + ".categoryCode"));
            properties.put("placesTotal", places(input.placesTotal(), field + ".placesTotal"));
            properties.put("placesTaken", input.placesTotal() == null ? null : 0);
            properties.putAll(fee(input.fee(), field + ".fee"));
            properties.putAll(eligibility(input.eligibility(), field + ".eligibility"));
            return properties;
        }

        /** What an update of a service sets; its places change only through {@code setServiceCapacity}. */
        Map<String, Object> serviceUpdate(ServiceUpdateInput input, String field) {
            Map<String, Object> properties = new HashMap<>();
            if (input.name() != null) {
                properties.put("name", Texts.required(input.name(), field + ".name", MAX_NAME));
            }
            if (input.categoryCode() != null) {
                properties.put("categoryCode", category(input.categoryCode(), field + ".categoryCode"));
            }
            if (input.fee() != null) {
                properties.putAll(fee(input.fee(), field + ".fee"));
            }
            if (input.eligibility() != null) {
                properties.putAll(eligibility(input.eligibility(), field + ".eligibility"));
            }
            return properties;
        }

        List<Map<String, Object>> services(List<ServiceInput> inputs, String field, boolean required) {
            List<ServiceInput> given = inputs == null ? List.of() : inputs;
            if (required && given.isEmpty() || given.size() > MAX_SERVICES) {
                throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1) + " must list "
                        + (required ? "1" : "0") + " to " + MAX_SERVICES + " services");
            }
            List<Map<String, Object>> services = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                services.add(service(given.get(i), field + "[" + i + "]"));
            }
            return services;
        }

        /** The region a provider is registered in: a district or below, known to the tree. */
        String region(String regionCode, String field) {
            return ProviderInputs.region(regions, regionCode, field);
        }

        static Integer places(Integer places, String field) {
            if (places != null && (places < 0 || places > MAX_PLACES)) {
                throw new InvalidInputException(field, "places must be 0 to " + MAX_PLACES);
            }
            return places;
        }

        private String category(String code, String field) {
            categories.requireKnown(List.of(code), field);
            return code;
        }

        private static Map<String, Object> fee(FeeInput fee, String field) {
            Map<String, Object> properties = new HashMap<>();
            double amount = fee == null || fee.amountYuan() == null ? 0 : fee.amountYuan();
            if (amount < 0 || amount > MAX_FEE || Double.isNaN(amount)) {
                throw new InvalidInputException(field + ".amountYuan", "amountYuan must be 0 to " + (int) MAX_FEE);
            }
            properties.put("feeYuan", amount);
            properties.put("feePer", amount == 0 || fee.per() == null ? null : Texts.required(fee.per(), field + ".per", 10));
            return properties;
        }

        private Map<String, Object> eligibility(EligibilityInput input, String field) {
            EligibilityInput e = input == null ? new EligibilityInput(null, null, null, null, null, null) : input;
            List<String> required = e.labelsAnyOf() == null ? List.of() : e.labelsAnyOf().stream().distinct().toList();
            if (required.size() > MAX_LABELS) {
                throw new InvalidInputException(field + ".labelsAnyOf", "labelsAnyOf may list at most " + MAX_LABELS + " labels");
            }
            labels.requireKnown(required, field + ".labelsAnyOf");
            for (String end : new String[] {"minAge", "maxAge"}) {
                Integer age = end.equals("minAge") ? e.minAge() : e.maxAge();
                if (age != null && (age < 0 || age > 150)) {
                    throw new InvalidInputException(field + "." + end, end + " must be 0 to 150");
                }
            }
            if (e.minAge() != null && e.maxAge() != null && e.minAge() > e.maxAge()) {
                throw new InvalidInputException(field + ".maxAge", "maxAge must not be below minAge");
            }
            String area = null;
            if (e.residenceIn() != null) {
                area = RegionCode.parse(e.residenceIn(), field + ".residenceIn").code();
                regions.prefixOf(area, field + ".residenceIn");
            }
            if (Boolean.TRUE.equals(e.registeredOnly()) && area == null) {
                throw new InvalidInputException(field + ".registeredOnly", "registeredOnly needs residenceIn: registered where");
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put("labelsAnyOf", required);
            properties.put("minAge", e.minAge());
            properties.put("maxAge", e.maxAge());
            properties.put("disabilityRequired", Boolean.TRUE.equals(e.disability()));
            properties.put("areaCode", area);
            properties.put("registeredOnly", Boolean.TRUE.equals(e.registeredOnly()));
            return properties;
        }
    }
}
