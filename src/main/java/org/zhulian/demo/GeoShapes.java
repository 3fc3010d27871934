package org.zhulian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district outlines of {@code seed/geo/districts.geojson}, used to place generated points inside
 * real shapes: the demo's map then shows households and providers where the district actually is,
 * never in the river or the next county.
 */
final class GeoShapes {

    private final Map<String, Outline> byDistrict;

    private GeoShapes(Map<String, Outline> byDistrict) {
        this.byDistrict = byDistrict;
    }

    static GeoShapes load() {
        try (InputStream in = new ClassPathResource("seed/geo/districts.geojson").getInputStream()) {
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the district outlines", e);
        }
    }

    static GeoShapes parse(JsonNode featureCollection) {
        Map<String, Outline> outlines = new HashMap<>();
        for (JsonNode feature : featureCollection.path("features")) {
            String code = feature.path("properties").path("code").asString();
            JsonNode geometry = feature.path("geometry");
            List<Polygon> polygons = new ArrayList<>();
            switch (geometry.path("type").asString()) {
                case "Polygon" -> polygons.add(polygon(geometry.path("coordinates")));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> polygons.add(polygon(p)));
                default -> throw new IllegalStateException("Unsupported geometry for district " + code);
            }
            outlines.put(code, new Outline(polygons));
        }
        return new GeoShapes(outlines);
    }

    private static Polygon polygon(JsonNode rings) {
        List<Ring> parsed = new ArrayList<>();
        for (JsonNode ring : rings) {
            double[] lon = new double[ring.size()];
            double[] lat = new double[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                lon[i] = ring.get(i).get(0).asDouble();
                lat[i] = ring.get(i).get(1).asDouble();
            }
            parsed.add(new Ring(lon, lat));
        }
        return new Polygon(parsed.getFirst(), parsed.subList(1, parsed.size()));
    }

    /** The outline of a six-digit district, if the seed has one. */
    Optional<Outline> district(String districtCode) {
        return Optional.ofNullable(byDistrict.get(districtCode));
    }

    /** A closed ring of positions (longitude, latitude). */
    record Ring(double[] lon, double[] lat) {

        /** Even-odd ray casting; points on the edge count either way, which is fine for sampling. */
        boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
                if ((lat[i] > y) != (lat[j] > y)
                        && x < (lon[j] - lon[i]) * (y - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** An outer ring with optional holes. */
    record Polygon(Ring outer, List<Ring> holes) {

        boolean contains(double x, double y) {
            return outer.contains(x, y) && holes.stream().noneMatch(h -> h.contains(x, y));
        }
    }

    /** A district's (multi)polygon. */
    static final class Outline {

        private final List<Polygon> polygons;
        private final double minLon;
        private final double maxLon;
        private final double minLat;
        private final double maxLat;

        Outline(List<Polygon> polygons) {
            this.polygons = polygons;
            double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Polygon p : polygons) {
                for (int i = 0; i < p.outer().lon().length; i++) {
                    x0 = Math.min(x0, p.outer().lon()[i]);
                    x1 = Math.max(x1, p.outer().lon()[i]);
                    y0 = Math.min(y0, p.outer().lat()[i]);
                    y1 = Math.max(y1, p.outer().lat()[i]);
                }
            }
            minLon = x0;
            maxLon = x1;
            minLat = y0;
            maxLat = y1;
        }

        boolean contains(LatLon p) {
            if (p.longitude() < minLon || p.longitude() > maxLon || p.latitude() < minLat || p.latitude() > maxLat) {
                return false;
            }
            for (Polygon polygon : polygons) {
                if (polygon.contains(p.longitude(), p.latitude())) {
                    return true;
                }
            }
            return false;
        }

        /** A uniformly random point inside the outline (rejection sampling in the bounding box). */
        LatLon randomPoint(RandomGenerator random) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                LatLon p = new LatLon(minLat + random.nextDouble() * (maxLat - minLat),
                        minLon + random.nextDouble() * (maxLon - minLon));
                if (contains(p)) {
                    return p;
                }
            }
            throw new IllegalStateException("Outline too thin to sample");
        }

        /**
         * A random point at most {@code radius} metres from {@code centre} and inside the outline; the
         * centre itself when a few tries all fall outside (a centre near the border).
         */
        LatLon pointNear(LatLon centre, double radius, RandomGenerator random) {
            for (int attempt = 0; attempt < 20; attempt++) {
                double r = radius * Math.sqrt(random.nextDouble());
                double angle = random.nextDouble() * 2 * Math.PI;
                LatLon p = centre.offset(r * Math.cos(angle), r * Math.sin(angle));
                if (contains(p)) {
                    return p;
                }
            }
            return contains(centre) ? centre : randomPoint(random);
        }
    }
}
