package org.zhulian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A district's outline cut into one cell a street: the Voronoi cells of the streets' seats. A seat
 * known from {@code seed/geo/seats.csv} stays where it is; the others are placed by a few rounds of
 * Lloyd's relaxation over points sampled in the outline, so unknown streets share what is left
 * evenly. Communities placed inside their street's cell make the map, the region tree and every
 * distance agree: a street's providers are near its households, never across the district.
 */
final class StreetCells {

    private static final int SAMPLES_PER_CELL = 150;
    private static final int ROUNDS = 8;

    private final GeoShapes.Outline outline;
    private final List<LatLon> seats;
    private final List<List<LatLon>> members;

    private StreetCells(GeoShapes.Outline outline, List<LatLon> seats, List<List<LatLon>> members) {
        this.outline = outline;
        this.seats = seats;
        this.members = members;
    }

    /**
     * Cells for {@code known.size()} streets; {@code known.get(i)} is street i's seat, or null where
     * unknown. Consumes {@code random} deterministically.
     */
    static StreetCells of(GeoShapes.Outline outline, List<LatLon> known, RandomGenerator random) {
        int n = known.size();
        List<LatLon> samples = new ArrayList<>();
        for (int i = 0; i < SAMPLES_PER_CELL * Math.max(n, 1); i++) {
            samples.add(outline.randomPoint(random));
        }
        List<LatLon> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(known.get(i) != null ? known.get(i) : samples.get(random.nextInt(samples.size())));
        }
        List<List<LatLon>> members = assign(samples, seats);
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                if (known.get(i) == null && !members.get(i).isEmpty()) {
                    seats.set(i, LatLon.mean(members.get(i)));
                }
            }
            members = assign(samples, seats);
        }
        return new StreetCells(outline, seats, members);
    }

    /** Street i's seat: the known one, or its cell's centroid. */
    LatLon seat(int street) {
        return seats.get(street);
    }

    /** A random point inside the outline whose nearest seat is street i's. */
    LatLon pointIn(int street, RandomGenerator random) {
        List<LatLon> cell = members.get(street);
        if (cell.isEmpty()) {
            return seats.get(street);
        }
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        for (LatLon p : cell) {
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            LatLon p = new LatLon(minLat + random.nextDouble() * (maxLat - minLat), minLon + random.nextDouble() * (maxLon - minLon));
            if (outline.contains(p) && nearest(p, seats) == street) {
                return p;
            }
        }
        return cell.get(random.nextInt(cell.size()));
    }

    private static List<List<LatLon>> assign(List<LatLon> samples, List<LatLon> seats) {
        List<List<LatLon>> members = new ArrayList<>();
        seats.forEach(s -> members.add(new ArrayList<>()));
        for (LatLon p : samples) {
            members.get(nearest(p, seats)).add(p);
        }
        return members;
    }

    private static int nearest(LatLon p, List<LatLon> seats) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < seats.size(); i++) {
            double d = p.squaredDistance(seats.get(i));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
