package org.zhulian.demo;

import java.util.List;

/** A service provider and what it offers, as the loader writes it. {@code capacity} is null for projects. */
record ProviderData(String id, String type, String name, String address, LatLon location, String regionCode,
                    String contact, Integer capacity, String openingHours, List<Service> services) {

    /** One service of a provider. */
    record Service(String id, String name, String categoryCode, Terms terms) {
    }

    /** Places (null: not limited), fee and eligibility of a service; see {@link ServiceTerms}. */
    record Terms(Integer placesTotal, Integer placesTaken, int feeYuan, String feePer, List<String> labelsAnyOf,
                 Integer minAge, Integer maxAge, boolean disabilityRequired, String areaCode, boolean registeredOnly) {
    }
}
