package org.zhulian.provider;

import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.system.GeoPoint;

/** A service provider with the services it offers. */
public record Provider(String id, ProviderType type, String name, String address, GeoPoint location,
                       String regionCode, String contact, Integer capacity, String openingHours, List<Service> services) {

    /** Cypher map projection of provider {@code p}, read by {@link #of(Value)}. */
    public static final String PROJECTION = """
            p {.id, .type, .name, .address, .location, .regionCode, .contact, .capacity, .openingHours,
               services: [(p)-[:OFFERS]->(s:Service) | %s]}""".formatted(Service.PROJECTION);

    public static Provider of(Value map) {
        return new Provider(map.get("id").asString(), ProviderType.valueOf(map.get("type").asString()),
                map.get("name").asString(), map.get("address").asString(null), GeoPoint.of(map.get("location")),
                map.get("regionCode").asString(), map.get("contact").asString(null),
                map.get("capacity").isNull() ? null : map.get("capacity").asInt(), map.get("openingHours").asString(null),
                map.get("services").asList(Service::of));
    }
}
