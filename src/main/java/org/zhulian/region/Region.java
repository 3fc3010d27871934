package org.zhulian.region;

import org.neo4j.driver.Value;
import org.zhulian.system.GeoPoint;

/** A node of the region tree, as the API shows it. */
public record Region(String code, String name, RegionLevel level, String parentCode, String prefix, GeoPoint centre) {

    /** The Cypher map projection that {@link #of(Value)} reads; {@code r} is the region. */
    public static final String PROJECTION = "r {.code, .name, .level, .parentCode, .centre}";

    public static Region of(Value map) {
        return new Region(map.get("code").asString(), map.get("name").asString(),
                RegionLevel.valueOf(map.get("level").asString()),
                map.get("parentCode").isNull() ? null : map.get("parentCode").asString(),
                RegionCode.parse(map.get("code").asString(), "code").prefix(), GeoPoint.of(map.get("centre")));
    }

}
