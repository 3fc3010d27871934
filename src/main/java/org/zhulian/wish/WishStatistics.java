package org.zhulian.wish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.RegionLevel;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * How the wishes of a region stand: what is on the board, what is held, what came true and its
 * value, for the region, each region directly below it and each donor. Only what donors may see is
 * counted (no drafts, nothing withdrawn), and never below the community (the finest place a card
 * names), so the figures are as public as the board.
 */
@Service
@Transactional(readOnly = true)
class WishStatistics {

    private final Neo4jClient neo4j;
    private final Regions regions;
    private final DonorRepository donors;

    WishStatistics(Neo4jClient neo4j, Regions regions, DonorRepository donors) {
        this.neo4j = neo4j;
        this.regions = regions;
        this.donors = donors;
    }

    /** Counts of wishes. */
    record WishCounts(int published, int claimed, int fulfilled, int fulfilledValueYuan) {

        static final WishCounts NONE = new WishCounts(0, 0, 0, 0);

        WishCounts plus(WishCounts other) {
            return new WishCounts(published + other.published, claimed + other.claimed, fulfilled + other.fulfilled,
                    fulfilledValueYuan + other.fulfilledValueYuan);
        }

        WishCounts plus(WishStatus status, int count, int value) {
            return switch (status) {
                case PUBLISHED -> new WishCounts(published + count, claimed, fulfilled, fulfilledValueYuan);
                case CLAIMED -> new WishCounts(published, claimed + count, fulfilled, fulfilledValueYuan);
                case FULFILLED, CLOSED -> new WishCounts(published, claimed, fulfilled + count, fulfilledValueYuan + value);
                default -> this;
            };
        }
    }

    record RegionWishCounts(Region region, WishCounts counts) {
    }

    record DonorWishCounts(Donor donor, int claimed, int fulfilled, int fulfilledValueYuan) {
    }

    record WishStats(Region region, WishCounts counts, List<RegionWishCounts> byRegion, List<DonorWishCounts> byDonor) {
    }

    WishStats of(String regionArgument) {
        String prefix = regions.prefixOf(regionArgument, "regionCode");
        String code = RegionCode.parse(regionArgument, "regionCode").code();
        Region region = regions.byCode(List.of(code)).get(code);
        int childLength = childPrefixLength(region.level());
        WishCounts total = WishCounts.NONE;
        Map<String, WishCounts> byChild = new LinkedHashMap<>();
        for (Record row : neo4j.query("""
                        MATCH (w:Wish) WHERE w.gridCode STARTS WITH $prefix AND w.status IN ['PUBLISHED', 'CLAIMED', 'FULFILLED', 'CLOSED']
                        RETURN substring(w.gridCode, 0, $childLength) AS child, w.status AS status, count(*) AS n, sum(w.valueYuan) AS value
                        ORDER BY child""")
                .bindAll(Parameters.of("prefix", prefix, "childLength", childLength))
                .fetchAs(Record.class).mappedBy((types, record) -> record).all()) {
            WishStatus status = WishStatus.valueOf(row.get("status").asString());
            int count = row.get("n").asInt();
            int value = row.get("value").asInt();
            total = total.plus(status, count, value);
            String child = padded(row.get("child").asString());
            byChild.merge(child, WishCounts.NONE.plus(status, count, value), WishCounts::plus);
        }
        List<RegionWishCounts> children = new ArrayList<>();
        if (region.level().compareTo(RegionLevel.COMMUNITY) < 0) {
            Map<String, Region> known = regions.byCode(byChild.keySet());
            byChild.forEach((child, counts) -> {
                if (known.containsKey(child)) {
                    children.add(new RegionWishCounts(known.get(child), counts));
                }
            });
        }
        return new WishStats(region, total, children, byDonor(prefix));
    }

    private List<DonorWishCounts> byDonor(String prefix) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (w:Wish)<-[:ON]-(c:Claim) WHERE w.gridCode STARTS WITH $prefix AND c.status IN ['ACTIVE', 'FULFILLED']
                        RETURN c.donorId AS donor, c.status AS status, count(*) AS n, sum(w.valueYuan) AS value""")
                .bind(prefix).to("prefix").fetch().all().forEach(row -> {
                    int[] tally = counts.computeIfAbsent((String) row.get("donor"), k -> new int[3]);
                    int n = ((Number) row.get("n")).intValue();
                    if ("ACTIVE".equals(row.get("status"))) {
                        tally[0] += n;
                    } else {
                        tally[1] += n;
                        tally[2] += ((Number) row.get("value")).intValue();
                    }
                });
        return donors.byIds(counts.keySet()).stream()
                .map(donor -> {
                    int[] tally = counts.get(donor.id());
                    return new DonorWishCounts(donor, tally[0], tally[1], tally[2]);
                })
                .sorted(Comparator.comparingInt(DonorWishCounts::fulfilled).reversed().thenComparing(c -> c.donor().id()))
                .toList();
    }

    /**
     * A caller who may not read the registry is told of wishes by community at the finest: a grid
     * holds a few dozen households, too few to hide a family among.
     */
    static void requireCommunityAtFinest(String regionArgument, String field, Caller caller) {
        if (regionArgument != null && !caller.readsRegistry() && RegionCode.parse(regionArgument, field).level() == RegionLevel.GRID) {
            throw new InvalidInputException(field, "Wishes are shown by community at the finest: give a community or a wider region");
        }
    }

    /** How much of a grid code names the regions directly below one of this level; a community's figures are not broken down. */
    private static int childPrefixLength(RegionLevel level) {
        return level.compareTo(RegionLevel.COMMUNITY) >= 0 ? RegionLevel.GRID.prefixLength() : RegionLevel.values()[level.ordinal() + 1].prefixLength();
    }

    private static String padded(String prefix) {
        return prefix.length() >= 12 ? prefix : prefix + "0".repeat(12 - prefix.length());
    }
}
