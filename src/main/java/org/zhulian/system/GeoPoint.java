package org.zhulian.system;

import org.neo4j.driver.Value;

/** A WGS-84 position; Neo4j stores it as a point with x = longitude, y = latitude. */
public record GeoPoint(double latitude, double longitude) {

    /** The point in a driver value, or null when the property is absent. */
    public static GeoPoint of(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var point = value.asPoint();
        return new GeoPoint(point.y(), point.x());
    }
}
