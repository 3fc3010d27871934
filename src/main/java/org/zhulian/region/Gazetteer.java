package org.zhulian.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds the region an address names, without any geocoding service: the region tree knows every
 * district, street and community by name, and Chinese addresses name them from the largest down
 * (宁波市海曙区石碶街道石碶社区…). The region chosen is the one whose own name and its ancestors'
 * names cover most of the address; its centre stands for the address.
 */
@Service
public class Gazetteer {

    private static final int MAX_ADDRESS = 200;

    private final RegionRepository repository;
    private volatile List<Named> named;

    Gazetteer(RegionRepository repository) {
        this.repository = repository;
    }

    /** A region with a centre and the names an address may use for it. */
    private record Named(Region region, List<String> names) {
    }

    /** The most specific region, with a centre, that the address names; empty when it names none. */
    public Optional<Region> locate(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            return Optional.empty();
        }
        List<Named> all = named();
        Map<String, Integer> matched = new HashMap<>();
        for (Named n : all) {
            int longest = 0;
            for (String name : n.names()) {
                if (weight(n.region(), name) > longest && address.contains(name)) {
                    longest = weight(n.region(), name);
                }
            }
            if (longest > 0) {
                matched.put(n.region().code(), longest);
            }
        }
        Region best = null;
        int bestScore = 0;
        for (Named n : all) {
            Integer own = matched.get(n.region().code());
            if (own == null) {
                continue;
            }
            int score = own;
            for (String ancestor : RegionPath.ancestorCodes(n.region().code())) {
                if (!ancestor.equals(n.region().code())) {
                    score += matched.getOrDefault(ancestor, 0);
                }
            }
            if (score > bestScore || score == bestScore && best != null && n.region().level().ordinal() > best.level().ordinal()) {
                best = n.region();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Named> named() {
        List<Named> cached = named;
        if (cached == null) {
            List<Named> built = new ArrayList<>();
            for (Region region : repository.allWithCentre()) {
                if (region.level() != RegionLevel.GRID) {
                    built.add(new Named(region, namesOf(region)));
                }
            }
            cached = List.copyOf(built);
            if (!cached.isEmpty()) {
                named = cached;
            }
        }
        return cached;
    }

    /**
     * 石碶街道 also as 石碶, 石碶社区居委会 as 石碶社区, 施家村村委会 as 施家村. A bare name counts for streets
     * and towns only, and for less than a full one (石碶 in 石碶路 is a road's name as often as a place):
     * see {@link #weight}.
     */
    static List<String> namesOf(Region region) {
        String name = region.name();
        List<String> names = new ArrayList<>(List.of(name));
        if (name.endsWith("社区居委会") && name.length() > 5) {
            names.add(name.substring(0, name.length() - 3));
        }
        for (String suffix : List.of("村民委员会", "村委会")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String village = name.substring(0, name.length() - suffix.length());
                names.add(village.endsWith("村") ? village : village + "村");
            }
        }
        if (region.level() == RegionLevel.STREET) {
            for (String suffix : List.of("街道", "镇", "乡")) {
                if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                    names.add(name.substring(0, name.length() - suffix.length()));
                }
            }
        }
        return names;
    }

    /** A full name weighs its length; a bare one (石碶 for 石碶街道) one less. */
    private static int weight(Region region, String name) {
        return region.level() == RegionLevel.STREET && !name.equals(region.name()) ? name.length() - 1 : name.length();
    }
}
