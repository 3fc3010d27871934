package org.zhulian.demo;

import java.util.List;

/** A WGS-84 position; written to Neo4j as {@code point({latitude, longitude})}. */
record LatLon(double latitude, double longitude) {

    private static final double METRES_PER_DEGREE = 111_320;

    /** The point {@code north} and {@code east} metres away. */
    LatLon offset(double north, double east) {
        return new LatLon(latitude + north / METRES_PER_DEGREE,
                longitude + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude))));
    }

    /** Square of the planar distance in metres; exact enough for comparing points a district apart. */
    double squaredDistance(LatLon other) {
        double north = (other.latitude - latitude) * METRES_PER_DEGREE;
        double east = (other.longitude - longitude) * METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude));
        return north * north + east * east;
    }

    static LatLon mean(List<LatLon> points) {
        double lat = 0;
        double lon = 0;
        for (LatLon p : points) {
            lat += p.latitude;
            lon += p.longitude;
        }
        return new LatLon(lat / points.size(), lon / points.size());
    }
}
