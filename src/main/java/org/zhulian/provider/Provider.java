package org.zhulian.provider;

import java.util.List;

import org.neo4j.driver.Value;
import org.zhulian.system.GeoPoint;

/**
 * A service provider with the services it offers. Read without its services ({@link #WITHOUT_SERVICES})
 * where a statement has reached the provider from one of them and the caller did not ask for the rest,
 * its {@code services} list is empty.
 */
public record Provider(String id, ProviderType type, String name, String address, GeoPoint location,
                       String regionCode, String contact, Integer capacity, String openingHours, List<Service> services) {

    private static final String FIELDS = ".id, .type, .name, .address, .location, .regionCode, .contact, .capacity, .openingHours";

    /** Cypher map projection of provider {@code p}, read by {@link #of(Value)}. */
    public static final String PROJECTION = "p {" + FIELDS + ", services: [(p)-[:OFFERS]->(s:Service) | " + Service.PROJECTION + "]}";

    /** The same without the services, which are then read as none. */
    public static final String WITHOUT_SERVICES = "p {" + FIELDS + "}";

    public static Provider of(Value map) {
        return new Provider(map.get("id").asString(), ProviderType.valueOf(map.get("type").asString()),
                map.get("name").asString(), map.get("address").asString(null), GeoPoint.of(map.get("location")),
                map.get("regionCode").asString(), map.get("contact").asString(null),
                map.get("capacity").isNull() ? null : map.get("capacity").asInt(), map.get("openingHours").asString(null),
                map.get("services").isNull() ? List.of() : map.get("services").asList(Service::of));
    }
}
