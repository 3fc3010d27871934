package org.zhulian.system;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Point;
import org.zhulian.system.graphql.InvalidInputException;

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

    /**
     * This position as a Neo4j WGS-84 point, once checked to lie in China's bounding box: a swapped
     * latitude and longitude, or a point off the map, fails naming {@code field}.
     */
    public Point inChina(String field) {
        if (latitude < 3.5 || latitude > 54 || longitude < 73 || longitude > 136) {
            throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1)
                    + " must be a WGS-84 position in China (latitude first)");
        }
        return Values.point(4326, longitude, latitude).asPoint();
    }
}
