package org.zhulian.demo;

import java.util.List;

/** A service provider and what it offers, as the loader writes it. {@code capacity} is null for projects. */
record ProviderData(String id, String type, String name, String address, LatLon location, String regionCode,
                    String contact, Integer capacity, List<Service> services) {

    /** One service of a provider. */
    record Service(String id, String name, String categoryCode) {
    }
}
