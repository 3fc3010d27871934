package org.zhulian.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.provider.Provider;
import org.zhulian.provider.Service;
import org.zhulian.security.Scope;
import org.zhulian.system.GeoPoint;

/**
 * The statements of matching. Each reaches providers by a seek of the provider point index around
 * one point (the household's, or the caller's place), or from the services of a need's categories
 * by the category index, never by a scan of all providers: the planner is held to the point index
 * by a hint, since inside a subquery it may otherwise scan it; a test reads the plans.
 */
@Repository
@Transactional(readOnly = true)
class MatchRepository {

    /**
     * A service of category {@code %1$s} fits a need of category {@code %2$s}: the same, a narrower
     * or a broader category. Given as variables, each code is read once per service, not once per test.
     */
    private static final String FITS = "(%1$s = %2$s OR %1$s STARTS WITH %2$s + '.' OR %2$s STARTS WITH %1$s + '.')";

    /** The need in scope and its facts, then {@code %s}: the nearest candidates found from a start of its own. */
    private static final String NEED_AND = """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need {id: $needId}) WHERE %s
            OPTIONAL MATCH (n)-[:CONCERNS]->(about:Person)
            WITH h, n, h.location AS here, n.categoryCode AS need,
                 CASE WHEN about IS NULL THEN COLLECT { MATCH (m:Person)-[:MEMBER_OF]->(h) RETURN m } ELSE [about] END AS persons
            CALL (here, need) {
              %%s
              WITH p, s, point.distance(p.location, here) AS distance ORDER BY distance, s.id LIMIT $candidates
              RETURN collect({service: %s, provider: %s, distance: distance}) AS candidates
            }
            RETURN %s AS facts, candidates""".formatted(Scope.covers("n"), Service.PROJECTION, Provider.WITHOUT_SERVICES, NeedFacts.PROJECTION);

    /**
     * The nearest {@code $candidates} services of a fitting category within the radius of the
     * household, from the providers around it: the start when services are many (a dense city
     * centre has thousands within a few kilometres, and only the nearest can rank high).
     */
    static final String CANDIDATES = NEED_AND.formatted("""
            MATCH (p:Provider) USING INDEX p:Provider(location) WHERE point.distance(p.location, here) <= $radius
              MATCH (p)-[:OFFERS]->(s:Service) WITH p, s, s.categoryCode AS offered WHERE %s""".formatted(FITS.formatted("offered", "need")));

    /**
     * The same, from the services of the fitting categories (the need's own and its broader ones,
     * by {@code $fitting}; the narrower ones by the prefix {@code $narrower}): the start when the
     * category is rare, so that a need of housing repair does not read every service of a district
     * to find the three that fit.
     */
    static final String CANDIDATES_OF_CATEGORY = NEED_AND.formatted("""
            CALL () {
                MATCH (s:Service) WHERE s.categoryCode IN $fitting RETURN s
                UNION
                MATCH (s:Service) WHERE s.categoryCode STARTS WITH $narrower RETURN s
              }
              MATCH (p:Provider)-[:OFFERS]->(s) WHERE point.distance(p.location, here) <= $radius""");

    /** Providers within the radius of a point, nearest first, with their services in the categories. */
    static final String NEAR = """
            WITH point({latitude: $latitude, longitude: $longitude}) AS here
            MATCH (p:Provider) USING INDEX p:Provider(location) WHERE point.distance(p.location, here) <= $radius AND ($types IS NULL OR p.type IN $types)
              AND EXISTS { MATCH (p)-[:OFFERS]->(offer:Service) WHERE %1$s }
            WITH p, point.distance(p.location, here) AS distance ORDER BY distance, p.id LIMIT $limit
            RETURN %2$s AS provider, distance,
                   [(p)-[:OFFERS]->(offer:Service) WHERE %1$s | offer.id] AS serviceIds"""
            .formatted("$categories IS NULL OR any(c IN $categories WHERE offer.categoryCode = c OR offer.categoryCode STARTS WITH c + '.')",
                    Provider.PROJECTION);

    /**
     * Open needs of a category under a region, per community, and how many of them have no fitting
     * service with a free place within the radius of their household (a household without a location
     * is not counted: nothing can be said of what is near it).
     */
    static final String GAPS = Scope.SEEK + """
            MATCH (h:Household)-[:HAS_NEED]->(n:Need) WHERE n.gridCode STARTS WITH prefix AND h.location IS NOT NULL
              AND n.status IN ['OPEN', 'IN_PROGRESS'] AND (n.categoryCode = $category OR n.categoryCode STARTS WITH $category + '.')
            WITH n, h.location AS here
            WITH n, EXISTS {
              MATCH (p:Provider) USING INDEX p:Provider(location) WHERE point.distance(p.location, here) <= $radius
              MATCH (p)-[:OFFERS]->(offer:Service) WHERE %s AND (offer.placesTotal IS NULL OR coalesce(offer.placesTaken, 0) < offer.placesTotal)
            } AS covered
            WITH substring(n.gridCode, 0, 12) AS community, count(n) AS open, sum(CASE WHEN covered THEN 0 ELSE 1 END) AS uncovered
            RETURN community, open, uncovered ORDER BY uncovered DESC, community""".formatted(FITS.formatted("offer.categoryCode", "n.categoryCode"));

    private final Neo4jClient neo4j;

    MatchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** A need found in the scope, with the candidates around its household. */
    record Candidates(NeedFacts facts, List<Candidate> candidates) {
    }

    /** A service of a fitting category, its provider (without its other services) and how far it is. */
    record Candidate(Service service, Provider provider, double distance) {
    }

    Optional<Candidates> candidates(String needId, int radius, int candidates, Scope scope, LocalDate today) {
        return candidates(CANDIDATES, Map.of("needId", needId, "radius", radius, "candidates", candidates, "today", today), scope);
    }

    /** The candidates from the services of the fitting categories: {@code fitting} the need's own and broader, {@code narrower} the prefix of the narrower. */
    Optional<Candidates> candidatesOfCategory(String needId, List<String> fitting, String narrower, int radius, int candidates, Scope scope,
                                              LocalDate today) {
        return candidates(CANDIDATES_OF_CATEGORY, Map.of("needId", needId, "fitting", fitting, "narrower", narrower, "radius", radius,
                "candidates", candidates, "today", today), scope);
    }

    private Optional<Candidates> candidates(String statement, Map<String, Object> parameters, Scope scope) {
        return neo4j.query(statement)
                .bindAll(parameters).bindAll(scope.parameters())
                .fetchAs(Candidates.class)
                .mappedBy((types, record) -> new Candidates(NeedFacts.of(record.get("facts")),
                        record.get("candidates").asList(c -> new Candidate(Service.of(c.get("service")), Provider.of(c.get("provider")),
                                c.get("distance").asDouble()))))
                .one();
    }

    /** A provider near a place, with the ids of its services in the asked categories. */
    record Nearby(Provider provider, List<String> serviceIds, double distance) {
    }

    List<Nearby> near(GeoPoint here, int radius, List<String> categories, List<String> types, int limit) {
        return neo4j.query(NEAR)
                .bind(here.latitude()).to("latitude").bind(here.longitude()).to("longitude")
                .bind(radius).to("radius").bind(categories).to("categories").bind(types).to("types").bind(limit).to("limit")
                .fetchAs(Nearby.class)
                .mappedBy((t, record) -> new Nearby(Provider.of(record.get("provider")), record.get("serviceIds").asList(Value::asString),
                        record.get("distance").asDouble()))
                .all().stream().toList();
    }

    /** Per community: open needs of the category and those without a fitting service with room nearby. */
    record Gap(String communityCode, int openNeeds, int uncovered) {
    }

    List<Gap> gaps(Scope scope, String category, int radius) {
        return neo4j.query(GAPS).bindAll(scope.parameters()).bind(category).to("category").bind(radius).to("radius")
                .fetchAs(Gap.class)
                .mappedBy((t, record) -> new Gap(record.get("community").asString(), record.get("open").asInt(), record.get("uncovered").asInt()))
                .all().stream().toList();
    }
}
