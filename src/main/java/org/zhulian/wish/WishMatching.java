package org.zhulian.wish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.Page;

/**
 * Wishes and donors matched both ways, by the donor's profile: category in its focus, inside its
 * area, value in its range. For a donor, the published wishes it can serve (invitations first, then
 * the nearest, then the soonest deadline); for a caseworker's wish, the donors that can serve it and
 * still have capacity (the nearest, then the most reliable). Every match says why, in words.
 *
 * <p>The donor's statement starts from the index that fits its area: the grid-code index for
 * regions, the point index on the wish's community centre for a circle, the status and category
 * index for anywhere. Only published wishes not past their deadline are offered.
 */
@Service
@Transactional(readOnly = true)
class WishMatching {

    private static final String FITS = """
            w.status = 'PUBLISHED' AND w.category IN $categories AND w.deadline >= $today
              AND ($min IS NULL OR w.valueYuan >= $min) AND ($max IS NULL OR w.valueYuan <= $max)""";

    private static final String BY_REGION = "UNWIND $prefixes AS prefix MATCH (w:Wish) WHERE w.gridCode STARTS WITH prefix AND " + FITS;
    private static final String BY_CIRCLE = "MATCH (w:Wish) WHERE point.distance(w.communityCentre, $centre) <= $radius AND " + FITS;
    private static final String ANYWHERE = "MATCH (w:Wish) WHERE " + FITS;

    private static final String MATCHES = """
            CALL () {
              MATCH (:Donor {id: $donor})-[:INVITED]->(w:Wish {status: 'PUBLISHED'})
              RETURN w, 1 AS invited
              UNION
              %s
              RETURN w, 0 AS invited
            }
            WITH w, max(invited) = 1 AS invited
            WITH w, invited, CASE WHEN $origin IS NULL OR w.communityCentre IS NULL THEN null
                                  ELSE point.distance($origin, w.communityCentre) END AS distance
            """;

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

    /** The caller's matches, best first; none until it has a profile. */
    List<WishMatch> matchesFor(Caller caller, Page page) {
        Donor donor = donors.byAccount(caller.user()).orElse(null);
        if (donor == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return neo4j.query(MATCHES.formatted(candidates(donor)) + """
                        ORDER BY invited DESC, distance ASC, w.deadline ASC, w.id
                        SKIP $skip LIMIT $limit
                        RETURN %s AS wish, invited, distance""".formatted(Wish.PROJECTION))
                .bindAll(parameters(donor, today)).bindAll(page.parameters())
                .fetchAs(WishMatch.class).mappedBy((types, row) -> {
                    Wish wish = Wish.of(row.get("wish"));
                    Integer distance = row.get("distance").isNull() ? null : (int) Math.round(row.get("distance").asDouble());
                    boolean invited = row.get("invited").asBoolean();
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

    long countFor(Caller caller) {
        Donor donor = donors.byAccount(caller.user()).orElse(null);
        if (donor == null) {
            return 0;
        }
        return neo4j.query(MATCHES.formatted(candidates(donor)) + "RETURN count(w)")
                .bindAll(parameters(donor, LocalDate.now(clock))).fetchAs(Long.class).one().orElse(0L);
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
                    Integer distance = row.get("distance").isNull() ? null : (int) Math.round(row.get("distance").asDouble());
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

    private static String candidates(Donor donor) {
        if (!donor.areaRegionCodes().isEmpty()) {
            return BY_REGION;
        }
        return donor.areaCentre() != null ? BY_CIRCLE : ANYWHERE;
    }

    private Map<String, Object> parameters(Donor donor, LocalDate today) {
        List<String> categories = (donor.focus().isEmpty() ? Arrays.asList(WishCategory.values()) : donor.focus())
                .stream().map(Enum::name).toList();
        List<String> prefixes = donor.areaRegionCodes().stream().map(code -> regions.prefixOf(code, "area")).toList();
        return Parameters.of("donor", donor.id(), "categories", categories, "today", today, "min", donor.minValueYuan(),
                "max", donor.maxValueYuan(), "prefixes", prefixes,
                "centre", donor.areaCentre() == null ? null : donor.areaCentre().inChina("area"),
                "radius", donor.areaRadiusMeters(), "origin", donor.origin() == null ? null : donor.origin().inChina("origin"));
    }

    /** How a wish and a donor's profile meet, criterion by criterion: category, area, value. */
    private List<String> fit(Donor donor, Wish wish, Integer distance) {
        List<String> reasons = new ArrayList<>();
        reasons.add(donor.focus().isEmpty() ? wish.categoryName() + "：接受各类心愿"
                : wish.categoryName() + (donor.focusesOn(wish.category()) ? "：在关注的类别中" : "：不在关注的类别中"));
        reasons.add(area(donor, wish, distance));
        reasons.add("价值" + wish.valueYuan() + "元" + (donor.minValueYuan() == null && donor.maxValueYuan() == null ? ""
                : donor.takesValue(wish.valueYuan()) ? "，在" + range(donor) + "范围内" : "，不在" + range(donor) + "范围内"));
        return reasons;
    }

    private String area(Donor donor, Wish wish, Integer distance) {
        Region community = regions.byCode(List.of(wish.communityCode())).get(wish.communityCode());
        String where = community == null ? "" : community.name();
        if (donor.areaCentre() != null) {
            return where + (distance == null ? "" : "，距离约" + kilometres(distance))
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
            return "每件" + donor.minValueYuan() + "–" + donor.maxValueYuan() + "元";
        }
        return donor.minValueYuan() != null ? "每件" + donor.minValueYuan() + "元以上" : "每件" + donor.maxValueYuan() + "元以内";
    }

    private static String kilometres(int metres) {
        return metres < 1000 ? metres + "米" : String.format("%.1f公里", metres / 1000.0);
    }
}
