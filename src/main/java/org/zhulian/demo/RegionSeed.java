package org.zhulian.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The region tree of the demo's places: provinces, cities, districts, streets and communities from
 * the official division codes in {@code seed/regions/}, plus three grids per community (grids are not
 * official divisions) and one grid worker per grid. Each street gets a cell of its district's real
 * outline ({@link StreetCells}), around its seat where {@code seed/geo/seats.csv} knows it; each
 * community a centre inside its street's cell (or the seat the file gives it), each grid a centre
 * near its community's.
 */
final class RegionSeed {

    static final int GRIDS_PER_COMMUNITY = 3;
    private static final double GRID_SPREAD_METRES = 300;

    /** One region node. {@code centre} may be null where no outline is known. */
    record Region(String code, String name, String level, String prefix, String parentCode, LatLon centre) {

        /** Whether the region is or lies in a 街道 (urban) rather than a 镇/乡: codes number 街道 001–099. */
        boolean urban() {
            return prefix.length() >= 9 && Integer.parseInt(prefix.substring(6, 9)) < 100;
        }
    }

    /** The grid worker who looks after one grid. */
    record GridWorker(String id, String name, String phone, String gridCode) {
    }

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new LinkedHashMap<>();
    private final List<GridWorker> gridWorkers = new ArrayList<>();

    /** Reads the CSVs and places the regions; consumes {@code random} in file order. */
    static RegionSeed load(GeoShapes shapes, RandomGenerator random) {
        RegionSeed seed = new RegionSeed();
        seed.build(shapes, random);
        return seed;
    }

    private void build(GeoShapes shapes, RandomGenerator random) {
        List<Map<String, String>> provinces = Csv.read("seed/regions/provinces.csv");
        List<Map<String, String>> cities = Csv.read("seed/regions/cities.csv");
        List<Map<String, String>> districts = Csv.read("seed/regions/districts.csv");
        List<Map<String, String>> streets = Csv.read("seed/regions/streets.csv");
        List<Map<String, String>> communities = Csv.read("seed/regions/communities.csv");
        Map<String, LatLon> seats = new LinkedHashMap<>();
        Csv.read("seed/geo/seats.csv").forEach(row -> seats.put(row.get("code"),
                new LatLon(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")))));

        Map<String, List<Map<String, String>>> communitiesByStreet = new LinkedHashMap<>();
        communities.forEach(c -> communitiesByStreet.computeIfAbsent(c.get("streetCode"), k -> new ArrayList<>()).add(c));
        Map<String, List<Map<String, String>>> streetsByDistrict = new LinkedHashMap<>();
        streets.forEach(s -> streetsByDistrict.computeIfAbsent(s.get("areaCode"), k -> new ArrayList<>()).add(s));

        Map<String, LatLon> districtCentres = new LinkedHashMap<>();
        List<Region> lower = new ArrayList<>();
        for (Map<String, String> district : districts) {
            String districtCode = district.get("code");
            var outline = shapes.district(districtCode).orElse(null);
            List<LatLon> districtPoints = new ArrayList<>();
            List<Map<String, String>> districtStreets = streetsByDistrict.getOrDefault(districtCode, List.of());
            StreetCells cells = outline == null || districtStreets.isEmpty() ? null
                    : StreetCells.of(outline, districtStreets.stream().map(s -> seats.get(s.get("code"))).toList(), random);
            for (int i = 0; i < districtStreets.size(); i++) {
                Map<String, String> street = districtStreets.get(i);
                String streetCode = street.get("code");
                LatLon streetCentre = cells == null ? null : cells.seat(i);
                List<Region> streetCommunities = new ArrayList<>();
                for (Map<String, String> community : communitiesByStreet.getOrDefault(streetCode, List.of())) {
                    String code = community.get("code");
                    LatLon centre = cells == null ? null : seats.containsKey(code) ? seats.get(code) : cells.pointIn(i, random);
                    if (centre != null) {
                        districtPoints.add(centre);
                    }
                    streetCommunities.add(new Region(code, community.get("name"), "COMMUNITY", code, pad(streetCode), centre));
                    for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
                        String gridCode = code + String.format("%03d", g);
                        LatLon gridCentre = centre == null ? null : outline.pointNear(centre, GRID_SPREAD_METRES, random);
                        lower.add(new Region(gridCode, community.get("name") + "第" + g + "网格", "GRID", gridCode, code, gridCentre));
                        boolean male = random.nextInt(3) == 0;
                        int birthYear = 1970 + random.nextInt(30);
                        gridWorkers.add(new GridWorker("gw-" + gridCode, ChineseNames.fullName(random, male, birthYear),
                                RandomIds.mobile(random), gridCode));
                    }
                }
                lower.add(new Region(pad(streetCode), street.get("name"), "STREET", streetCode, pad(districtCode), streetCentre));
                lower.addAll(streetCommunities);
            }
            districtCentres.put(districtCode, districtPoints.isEmpty() ? null : LatLon.mean(districtPoints));
        }

        for (Map<String, String> province : provinces) {
            String code = province.get("code");
            add(new Region(pad(code), province.get("name"), "PROVINCE", code, null, meanOf(districtCentres, code)));
        }
        for (Map<String, String> city : cities) {
            String code = city.get("code");
            add(new Region(pad(code), city.get("name"), "CITY", code, pad(city.get("provinceCode")), meanOf(districtCentres, code)));
        }
        for (Map<String, String> district : districts) {
            String code = district.get("code");
            add(new Region(pad(code), district.get("name"), "DISTRICT", code, pad(district.get("cityCode")), districtCentres.get(code)));
        }
        lower.forEach(this::add);
    }

    private static LatLon meanOf(Map<String, LatLon> districtCentres, String prefix) {
        List<LatLon> points = districtCentres.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue() != null)
                .map(Map.Entry::getValue)
                .toList();
        return points.isEmpty() ? null : LatLon.mean(points);
    }

    private void add(Region region) {
        byCode.put(region.code(), region);
        if (region.parentCode() != null) {
            children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
        }
    }

    /** The official 12-digit code of a shorter division code. */
    static String pad(String code) {
        return code.length() >= 12 ? code : code + "0".repeat(12 - code.length());
    }

    /** A community's name as people write it in an address: 石碶社区居委会 → 石碶社区, 施家村村委会 → 施家村. */
    static String shortName(String communityName) {
        if (communityName.endsWith("村民委员会")) {
            return communityName.substring(0, communityName.length() - 5);
        }
        if (communityName.endsWith("村委会")) {
            String village = communityName.substring(0, communityName.length() - 3);
            return village.endsWith("村") ? village : village + "村";
        }
        if (communityName.endsWith("社区居委会")) {
            return communityName.substring(0, communityName.length() - 3);
        }
        if (communityName.endsWith("居委会")) {
            return communityName.substring(0, communityName.length() - 3) + "小区";
        }
        return communityName;
    }

    Collection<Region> all() {
        return byCode.values();
    }

    /** The city a district's addresses start with: its own, or for a municipality's districts (市辖区) the municipality. */
    String cityOf(String districtCode) {
        Region city = get(get(districtCode).parentCode());
        return city.name().equals("市辖区") ? get(city.parentCode()).name() : city.name();
    }

    Region get(String code) {
        Region region = byCode.get(code.length() < 12 ? pad(code) : code);
        if (region == null) {
            throw new IllegalArgumentException("Unknown region " + code);
        }
        return region;
    }

    List<Region> children(Region parent) {
        return children.getOrDefault(parent.code(), List.of());
    }

    /** The regions of one level whose prefix starts with {@code prefix}, in file order. */
    List<Region> under(String prefix, String level) {
        return byCode.values().stream().filter(r -> r.level().equals(level) && r.prefix().startsWith(prefix)).toList();
    }

    List<GridWorker> gridWorkers() {
        return gridWorkers;
    }
}
