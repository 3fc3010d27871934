package org.zhulian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhulian.access.Visible;
import org.zhulian.label.Label;
import org.zhulian.label.Labels;
import org.zhulian.matching.MatchReason.Kind;
import org.zhulian.matching.MatchRepository.Candidate;
import org.zhulian.provider.Provider;
import org.zhulian.provider.Providers;
import org.zhulian.provider.Service;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.provider.ServiceCategory;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.Scope;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Ranks the services around a need's household. A service is available when the person may use it
 * and a place is free; available ones come first, each group by a score that weighs category fit
 * through the taxonomy (the need's own category beats a narrower one, which beats the broader
 * parent), nearness within the radius and free places. Unavailable ones are left out unless asked for,
 * and then say which requirement failed. What is ranked is the nearest fitting services, three per
 * match asked for (at least twenty). They are looked for first among the providers within 1 km of
 * the household; while too few qualify, the search takes the whole radius, starting from the
 * services of the fitting categories, and then more of them: what is rare near a household is
 * rare everywhere, and a dense city centre is not read to find it. A far service can therefore be
 * left out for nearer ones that qualify.
 */
@Component
public class Matching {

    static final int DEFAULT_RADIUS = 5_000;
    static final int MAX_RADIUS = 50_000;
    static final int DEFAULT_FIRST = 10;
    static final int MAX_FIRST = 100;
    /** The radius searched first, from the providers around the household. */
    static final int NEARBY = 1_000;
    /** How many of the nearest fitting services are ranked at first, per match asked for; four times more while too few qualify. */
    static final int CANDIDATES_PER_MATCH = 3;
    static final int MIN_CANDIDATES = 20;
    static final int MAX_CANDIDATES = 500;

    private static final double FIT_WEIGHT = 0.45;
    private static final double NEARNESS_WEIGHT = 0.35;
    private static final double PLACES_WEIGHT = 0.20;
    /** Free places beyond this many count no more: ten free places are as good as a hundred. */
    private static final int ENOUGH_PLACES = 10;

    private static final Comparator<Ranked> RANKING = Comparator.comparing(Ranked::available).reversed()
            .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
            .thenComparingInt(Ranked::distanceMeters)
            .thenComparing(m -> m.service().id());

    private final MatchRepository repository;
    private final Providers providers;
    private final ServiceCategories categories;
    private final Labels labels;
    private final Regions regions;
    private final Clock clock;

    Matching(MatchRepository repository, Providers providers, ServiceCategories categories, Labels labels, Regions regions, Clock clock) {
        this.repository = repository;
        this.providers = providers;
        this.categories = categories;
        this.labels = labels;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The best {@code first} services the need's person may use and that have room, within the
     * default radius, as {@code matchResources} ranks them; their providers without their services.
     */
    public List<ResourceMatch> fitting(Caller caller, String needId, int first) {
        return match(caller, needId, null, first, false, false);
    }

    /**
     * The ranked matches. A match's provider comes from the statement that found its service;
     * only when {@code providerServices} asks for all of their services are the providers read again.
     */
    List<ResourceMatch> match(Caller caller, String needId, Integer radiusMeters, Integer first, boolean includeIneligible,
                              boolean providerServices) {
        int radius = radius(radiusMeters);
        int limit = first(first);
        LocalDate today = LocalDate.now(clock);
        int candidates = Math.max(MIN_CANDIDATES, CANDIDATES_PER_MATCH * limit);
        int nearby = Math.min(NEARBY, radius);
        Scope scope = caller.jurisdiction();
        var found = Visible.orDenied(repository.candidates(needId, nearby, candidates, scope, today).orElse(null), caller, "need");
        if (found == null) {
            throw new InvalidInputException("needId", "No need with this id");
        }
        NeedFacts facts = found.facts();
        List<Ranked> ranked = ranked(found, radius, today, includeIneligible);
        boolean wholeRadius = nearby == radius;
        while (ranked.size() < limit && (!wholeRadius || found.candidates().size() >= candidates && candidates < MAX_CANDIDATES)) {
            if (wholeRadius) {
                candidates = Math.min(MAX_CANDIDATES, candidates * 4);
            } else {
                wholeRadius = true;
            }
            found = (wholeRadius && nearby < radius
                    ? repository.candidatesOfCategory(needId, fittingCodes(facts.categoryCode()), facts.categoryCode() + ".", radius,
                            candidates, scope, today)
                    : repository.candidates(needId, nearby, candidates, scope, today)).orElse(null);
            if (found == null) {
                throw ForbiddenException.notVisible("need");
            }
            ranked = ranked(found, radius, today, includeIneligible);
        }
        List<Ranked> best = ranked.stream().sorted(RANKING).limit(limit).toList();
        Map<String, Provider> withServices = providerServices
                ? providers.byId(best.stream().map(m -> m.provider().id()).distinct().toList()) : Map.of();
        String need = facts.needId();
        return best.stream().map(m -> new ResourceMatch(need, withServices.getOrDefault(m.provider().id(), m.provider()), m.service(),
                m.distanceMeters(), m.score(), m.available(), m.reasons())).toList();
    }

    /** A need's own category and its broader ones: {@code DAILY_LIFE.MEAL} and {@code DAILY_LIFE}. */
    static List<String> fittingCodes(String code) {
        List<String> codes = new ArrayList<>(List.of(code));
        for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
            codes.add(code.substring(0, dot));
        }
        return codes;
    }

    /** The candidates ranked, those the person may not use or that are full left out unless asked for. */
    private List<Ranked> ranked(MatchRepository.Candidates found, int radius, LocalDate today, boolean includeIneligible) {
        NeedFacts facts = found.facts();
        Set<String> codes = found.candidates().stream().map(c -> c.service().categoryCode()).collect(Collectors.toSet());
        codes.add(facts.categoryCode());
        Map<String, ServiceCategory> names = categories.byCode(codes);
        EligibilityCheck eligibility = eligibilityCheck(found.candidates());
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : found.candidates()) {
            Ranked match = ranked(candidate, facts, radius, names, eligibility, today);
            if (match.available() || includeIneligible) {
                ranked.add(match);
            }
        }
        return ranked;
    }

    /** A candidate ranked. */
    private record Ranked(Service service, Provider provider, int distanceMeters, double score, boolean available, List<MatchReason> reasons) {
    }

    private Ranked ranked(Candidate candidate, NeedFacts facts, int radius, Map<String, ServiceCategory> names,
                          EligibilityCheck eligibility, LocalDate today) {
        Service service = candidate.service();
        List<MatchReason> reasons = new ArrayList<>();
        double fit = fit(facts.categoryCode(), service.categoryCode(), names, reasons);
        int distance = (int) Math.round(candidate.distance());
        reasons.add(MatchReason.met(Kind.DISTANCE, "距离" + (distance < 1_000 ? distance + "米" : "%.1f公里".formatted(distance / 1_000.0))));
        double places;
        if (service.places() == null) {
            places = 1;
            reasons.add(MatchReason.met(Kind.PLACES, "不限名额"));
        } else if (service.places().free() > 0) {
            places = Math.min(service.places().free(), ENOUGH_PLACES) / (double) ENOUGH_PLACES;
            reasons.add(MatchReason.met(Kind.PLACES, "尚有" + service.places().free() + "个名额"));
        } else {
            places = 0;
            reasons.add(MatchReason.failed(Kind.PLACES, "名额已满（共" + service.places().total() + "个）"));
        }
        reasons.addAll(eligibility.check(service.eligibility(), facts, today));
        double score = FIT_WEIGHT * fit + NEARNESS_WEIGHT * (1 - Math.min(1, candidate.distance() / radius)) + PLACES_WEIGHT * places;
        boolean available = reasons.stream().allMatch(MatchReason::met);
        return new Ranked(service, candidate.provider(), distance, Math.round(score * 1_000) / 1_000.0, available, List.copyOf(reasons));
    }

    /** 1 for the need's own category, 0.8 for a narrower one, 0.6 for the broader parent. */
    private static double fit(String needCategory, String serviceCategory, Map<String, ServiceCategory> names, List<MatchReason> reasons) {
        String need = nameOf(needCategory, names);
        String offered = nameOf(serviceCategory, names);
        if (serviceCategory.equals(needCategory)) {
            reasons.add(MatchReason.met(Kind.CATEGORY, "类别对口：" + offered));
            return 1;
        }
        if (serviceCategory.startsWith(needCategory + ".")) {
            reasons.add(MatchReason.met(Kind.CATEGORY, "属于" + need + "：" + offered));
            return 0.8;
        }
        reasons.add(MatchReason.met(Kind.CATEGORY, "提供更宽的" + offered + "类服务（需求为" + need + "）"));
        return 0.6;
    }

    private EligibilityCheck eligibilityCheck(List<Candidate> candidates) {
        var required = candidates.stream().map(c -> c.service().eligibility()).toList();
        Map<String, Label> labelsByCode = labels.byCode(required.stream().flatMap(e -> e.labelsAnyOf().stream()).distinct().toList());
        Map<String, Region> regionsByCode = regions.byCode(required.stream().map(Service.Eligibility::areaCode).filter(Objects::nonNull).distinct().toList());
        return new EligibilityCheck(code -> labelsByCode.containsKey(code) ? labelsByCode.get(code).name() : code,
                code -> regionsByCode.containsKey(code) ? regionsByCode.get(code).name() : code);
    }

    private static String nameOf(String code, Map<String, ServiceCategory> names) {
        return names.containsKey(code) ? names.get(code).name() : code;
    }

    static int radius(Integer radiusMeters) {
        int radius = radiusMeters == null ? DEFAULT_RADIUS : radiusMeters;
        if (radius < 1 || radius > MAX_RADIUS) {
            throw new InvalidInputException("radiusMeters", "radiusMeters must be between 1 and " + MAX_RADIUS);
        }
        return radius;
    }

    static int first(Integer first) {
        int limit = first == null ? DEFAULT_FIRST : first;
        if (limit < 0 || limit > MAX_FIRST) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_FIRST);
        }
        return limit;
    }
}
