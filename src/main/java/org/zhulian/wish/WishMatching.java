package org.zhulian.wish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Page;

/**
 * Wishes and donors matched both ways, by the donor's profile: category in its focus, inside its
 * area, value in its range. For a donor, the published wishes it can serve: invitations first, then
 * the nearest, then the soonest deadline. For a caseworker's wish, the donors that can serve it and
 * still have capacity: the nearest, then the most reliable ((fulfilled + 1) / (ended + 2), so that
 * one early lapse does not sink a newcomer). Every match says why, in words.
 *
 * <p>A donor's page is sought in rings around its area's centre on the point index of the wishes'
 * community centres, so a page costs what the wishes near the donor cost, not what its whole
 * district holds; counting all matches ({@code totalCount}) reads them all, from the grid-code index
 * for regions, the point index for a circle, the status and category index for anywhere.
 */
@Service
@Transactional(readOnly = true)
class WishMatching {

    private static final String FITS = """
            w.status = 'PUBLISHED' AND w.category IN $categories AND w.deadline >= $today
              AND ($min IS NULL OR w.valueYuan >= $min) AND ($max IS NULL OR w.valueYuan <= $max)
              AND (size($prefixes) = 0 OR any(prefix IN $prefixes WHERE w.gridCode STARTS WITH prefix))""";

    /** The distance from the donor's origin to a wish's community; null when either is unknown. */
    private static final String DISTANCE = "CASE WHEN $origin IS NULL OR w.communityCentre IS NULL THEN null ELSE point.distance($origin, w.communityCentre) END";

    /** Every wish the donor can serve, from the index that fits its area: grid codes for regions, status and category otherwise. */
    private static final String ALL_BY_REGION = "UNWIND $prefixes AS start MATCH (w:Wish) WHERE w.gridCode STARTS WITH start AND " + FITS;
    private static final String ALL = "MATCH (w:Wish) WHERE " + FITS;

    /** The nearest of them within {@code $ring} of the donor's origin, from the point index. */
    private static final String NEAREST = """
            MATCH (w:Wish) WHERE point.distance(w.communityCentre, $origin) <= $ring AND %s
            WITH w, point.distance(w.communityCentre, $origin) AS distance
            ORDER BY distance, w.deadline, w.id LIMIT $wanted
            RETURN %s AS wish, distance""".formatted(FITS, Wish.PROJECTION);

    /** The wishes a caseworker invited the donor to, whatever its profile says. */
    private static final String INVITED = """
            MATCH (:Donor {id: $donor})-[:INVITED]->(w:Wish {status: 'PUBLISHED'}) WHERE w.deadline >= $today
            WITH w, %s AS distance
            ORDER BY distance, w.deadline, w.id
            RETURN %s AS wish, distance""".formatted(DISTANCE, Wish.PROJECTION);

    /**
     * The rings the nearest wishes are looked for in, in metres: a page of the nearest within a
     * ring holds the nearest of all, so most pages are found in the first rings, from the point
     * index, without reading the whole area.
     */
    private static final int[] RINGS = {1_000, 3_000, 10_000, 30_000, 100_000};

    private final Neo4jClient neo4j;
    private final DonorRepository donors;
    private final WishSettings settings;
    private final Regions regions;
    private final Clock clock;

    WishMatching(Neo4jClient neo4j, DonorRepository donors, WishSettings settings, Regions regions, Clock clock) {
        this.neo4j = neo4j;
        this.donors = donors;
        this.settings = settings;
        this.regions = regions;
        this.clock = clock;
    }

    /** A wish a donor can serve. */
    record WishMatch(Wish wish, boolean invited, Integer distanceMeters, List<String> reasons) {
    }

    /** A donor that can serve a wish. */
    record DonorSuggestion(Donor donor, boolean invited, Integer distanceMeters, List<String> reasons) {
    }

    /**
     * The caller's matches, best first; none until it has a profile. The invitations come first;
     * then, for a donor whose area has a centre, the nearest fitting wishes ring by ring; for one
     * without, the soonest deadlines (a wish whose community has no known centre comes after all
     * those that have one).
     */
    List<WishMatch> matchesFor(Caller caller, Page page) {
        Donor donor = donors.byAccount(caller.user()).orElse(null);
        if (donor == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = parameters(donor, today);
        List<WishMatch> invited = rows(INVITED, parameters, donor, true, today);
        int wanted = page.offset() + page.limit() + 1 + invited.size();
        parameters.put("wanted", wanted);
        List<WishMatch> rest = donor.origin() == null ? rows(ranked(donor) + "ORDER BY w.deadline, w.id LIMIT $wanted RETURN " + Wish.PROJECTION
                + " AS wish, null AS distance", parameters, donor, false, today) : nearest(donor, parameters, wanted, today);
        List<WishMatch> all = new ArrayList<>(invited);
        Set<String> shown = new HashSet<>();
        invited.forEach(match -> shown.add(match.wish().id()));
        rest.stream().filter(match -> shown.add(match.wish().id())).forEach(all::add);
        return all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit() + 1, all.size()));
    }

    /** The nearest wanted matches: ring by ring within the area, then the whole area for those without a known place. */
    private List<WishMatch> nearest(Donor donor, Map<String, Object> parameters, int wanted, LocalDate today) {
        int bound = donor.areaRadiusMeters() == null ? Integer.MAX_VALUE : donor.areaRadiusMeters();
        for (int ring : RINGS) {
            parameters.put("ring", Math.min(ring, bound));
            List<WishMatch> found = rows(NEAREST, parameters, donor, false, today);
            if (found.size() >= wanted || ring >= bound) {
                return found;
            }
        }
        return rows(ranked(donor) + "WITH w, " + DISTANCE + " AS distance ORDER BY distance, w.deadline, w.id LIMIT $wanted RETURN "
                + Wish.PROJECTION + " AS wish, distance", parameters, donor, false, today);
    }

    long countFor(Caller caller) {
        Donor donor = donors.byAccount(caller.user()).orElse(null);
        if (donor == null) {
            return 0;
        }
        Map<String, Object> parameters = parameters(donor, LocalDate.now(clock));
        String fitting = donor.areaCentre() != null
                ? "MATCH (w:Wish) WHERE point.distance(w.communityCentre, $origin) <= $radius AND " + FITS + " RETURN w"
                : ranked(donor) + "RETURN w";
        return neo4j.query("CALL () { " + fitting + " UNION MATCH (:Donor {id: $donor})-[:INVITED]->(w:Wish {status: 'PUBLISHED'}) "
                        + "WHERE w.deadline >= $today RETURN w } RETURN count(w)")
                .bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
    }

    private List<WishMatch> rows(String statement, Map<String, Object> parameters, Donor donor, boolean invited, LocalDate today) {
        return neo4j.query(statement).bindAll(parameters)
                .fetchAs(WishMatch.class).mappedBy((types, row) -> {
                    Wish wish = Wish.of(row.get("wish"));
                    Integer distance = row.get("distance").isNull() ? null : (int) Math.round(row.get("distance").asDouble());
                    List<String> reasons = new ArrayList<>();
                    if (invited) {
                        reasons.add("社区工作者邀请您认领");
                    }
                    reasons.addAll(fit(donor, wish, distance));
                    reasons.add("截止" + wish.deadline() + "，还有" + ChronoUnit.DAYS.between(today, wish.deadline()) + "天");
                    return new WishMatch(wish, invited, distance, reasons);
                })
                .all().stream().toList();
    }

    /**
     * The donors whose profile fits a wish in the caller's jurisdiction and who can still take one:
     * below their own monthly capacity and the quota of held wishes.
     */
    List<DonorSuggestion> suggestionsFor(String wishId, Caller caller, int first) {
        Map<String, Object> parameters = Parameters.of("id", wishId, "monthStart", donors.monthStart(), "quota", settings.maxActiveClaims(),
                "first", first);
        parameters.putAll(caller.jurisdiction().parameters());
        Wish wish = neo4j.query("MATCH (w:Wish {id: $id}) WHERE " + Scope.covers("w") + " RETURN " + Wish.PROJECTION + " AS wish")
                .bindAll(parameters).fetchAs(Wish.class).mappedBy((types, row) -> Wish.of(row.get("wish"))).one()
                .orElseThrow(() -> ForbiddenException.notVisible("wish"));
        if (wish.status() != WishStatus.DRAFT && wish.status() != WishStatus.PUBLISHED) {
            throw new InvalidInputException("wishId", "Donors are suggested for a draft or a published wish; this one is " + wish.status());
        }
        return neo4j.query("""
                        MATCH (w:Wish {id: $id})
                        MATCH (d:Donor)
                        WHERE (d.focus IS NULL OR size(d.focus) = 0 OR w.category IN d.focus)
                          AND (d.minValueYuan IS NULL OR w.valueYuan >= d.minValueYuan)
                          AND (d.maxValueYuan IS NULL OR w.valueYuan <= d.maxValueYuan)
                          AND (d.areaPrefixes IS NULL AND d.areaCentre IS NULL
                               OR any(prefix IN coalesce(d.areaPrefixes, []) WHERE w.gridCode STARTS WITH prefix)
                               OR point.distance(d.areaCentre, w.communityCentre) <= d.areaRadiusMeters)
                        WITH w, d, %s AS donor
                        WHERE donor.active < $quota AND (d.monthlyCapacity IS NULL OR donor.thisMonth < d.monthlyCapacity)
                        WITH donor, EXISTS { (d)-[:INVITED]->(w) } AS invited,
                             CASE WHEN d.origin IS NULL OR w.communityCentre IS NULL THEN null ELSE point.distance(d.origin, w.communityCentre) END AS distance,
                             (donor.fulfilled + 1.0) / (donor.fulfilled + donor.lapsed + donor.released + 2.0) AS reliability
                        ORDER BY distance ASC, reliability DESC, donor.fulfilled DESC, donor.id
                        LIMIT $first
                        RETURN donor, invited, distance""".formatted(Donor.PROJECTION))
                .bindAll(parameters)
                .fetchAs(DonorSuggestion.class).mappedBy((types, row) -> {
                    Donor donor = Donor.of(row.get("donor"));
                    // How far a person gives from a wish tells where they live: they are ranked by it, not told of it.
                    Integer distance = row.get("distance").isNull() || donor.kind() == Donor.DonorKind.INDIVIDUAL ? null
                            : (int) Math.round(row.get("distance").asDouble());
                    boolean invited = row.get("invited").asBoolean();
                    List<String> reasons = new ArrayList<>();
                    if (invited) {
                        reasons.add("已邀请");
                    }
                    reasons.addAll(fit(donor, wish, distance));
                    reasons.add(record(donor));
                    return new DonorSuggestion(donor, invited, distance, reasons);
                })
                .all().stream().toList();
    }

    /** Every wish the donor can serve, as {@code w}, from the index that fits its area (a circle is sought ring by ring instead). */
    private static String ranked(Donor donor) {
        return donor.areaRegionCodes().isEmpty() ? ALL + "\nWITH w\n" : ALL_BY_REGION + "\nWITH DISTINCT w\n";
    }

    private Map<String, Object> parameters(Donor donor, LocalDate today) {
        List<String> categories = (donor.focus().isEmpty() ? Arrays.asList(WishCategory.values()) : donor.focus())
                .stream().map(Enum::name).toList();
        List<String> prefixes = donor.areaRegionCodes().stream().map(code -> regions.prefixOf(code, "area")).toList();
        return Parameters.of("donor", donor.id(), "categories", categories, "today", today, "min", donor.minValueYuan(),
                "max", donor.maxValueYuan(), "prefixes", prefixes,
                "radius", donor.areaRadiusMeters(), "origin", donor.origin() == null ? null : donor.origin().inChina("origin"));
    }

    /** How a wish and a donor's profile meet, criterion by criterion: category, area, value. */
    private List<String> fit(Donor donor, Wish wish, Integer distance) {
        List<String> reasons = new ArrayList<>();
        reasons.add(donor.focus().isEmpty() ? wish.categoryName() + "：接受各类心愿"
                : wish.categoryName() + (donor.focusesOn(wish.category()) ? "：在关注的类别中" : "：不在关注的类别中"));
        reasons.add(area(donor, wish, distance));
        reasons.add("价值" + wish.valueYuan() + "元" + (donor.minValueYuan() == null && donor.maxValueYuan() == null ? ""
                : (donor.takesValue(wish.valueYuan()) ? "，在" : "，不在") + "接受范围（" + range(donor) + "）内"));
        return reasons;
    }

    private String area(Donor donor, Wish wish, Integer distance) {
        Region community = regions.byCode(List.of(wish.communityCode())).get(wish.communityCode());
        String where = community == null ? "" : community.name();
        if (donor.areaCentre() != null && distance == null) {
            return where + "，在服务范围内";
        }
        if (donor.areaCentre() != null) {
            return where + "，距离约" + kilometres(distance)
                    + (distance != null && distance <= donor.areaRadiusMeters() ? "，在服务半径" + kilometres(donor.areaRadiusMeters()) + "内"
                    : "，在服务半径" + kilometres(donor.areaRadiusMeters()) + "外");
        }
        if (!donor.areaRegionCodes().isEmpty()) {
            List<String> names = regions.byCode(donor.areaRegionCodes()).values().stream()
                    .filter(region -> wish.gridCode().startsWith(region.prefix())).map(Region::name).toList();
            return where + (names.isEmpty() ? "，不在服务地区内" : "，在服务地区" + names.getFirst() + "内")
                    + (distance == null ? "" : "，距离约" + kilometres(distance));
        }
        return where + "：服务地区不限";
    }

    private static String record(Donor donor) {
        Donor.Record record = donor.record();
        return "已圆梦" + record.fulfilled() + "件，逾期" + record.lapsed() + "件，退回" + record.released() + "件"
                + (donor.monthlyCapacity() == null ? "" : "，本月还可认领" + (donor.monthlyCapacity() - record.claimedThisMonth()) + "件");
    }

    private static String range(Donor donor) {
        if (donor.minValueYuan() != null && donor.maxValueYuan() != null) {
            return donor.minValueYuan() + "–" + donor.maxValueYuan() + "元";
        }
        return donor.minValueYuan() != null ? donor.minValueYuan() + "元以上" : donor.maxValueYuan() + "元以内";
    }

    private static String kilometres(int metres) {
        return metres < 1000 ? metres + "米" : String.format("%.1f公里", metres / 1000.0);
    }
}
