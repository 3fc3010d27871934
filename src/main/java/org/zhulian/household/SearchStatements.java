package org.zhulian.household;

import org.zhulian.security.Scope;

/**
 * The Cypher of the household and person filters, assembled from fixed fragments (values are always
 * parameters). With requested labels the search starts at those few label nodes and walks to their
 * holders; without, it seeks each region prefix on the index. {@code $scope} is the part of the
 * caller's jurisdiction inside the filter's region (disjoint prefixes, so nothing is found twice).
 * A household carries a label when it or a member does; a person when they or their household do.
 */
final class SearchStatements {

    private static final String CURRENT = "(%1$s.since IS NULL OR %1$s.since <= $today) AND (%1$s.until IS NULL OR %1$s.until >= $today)";

    private static final String BORN = "AND ($bornFrom IS NULL OR p.birthDate >= $bornFrom) AND ($bornTo IS NULL OR p.birthDate <= $bornTo)";

    private static final String MATCHED = """
            WITH %1$s, collect(DISTINCT l) AS matchedLabels
            WITH %1$s, matchedLabels, [x IN matchedLabels | x.code] AS matched
            WHERE all(c IN $all WHERE c IN matched) AND (size($any) = 0 OR any(c IN $any WHERE c IN matched))
            """;

    /**
     * The holders of the requested labels, then their households. The step from holder to household
     * is a projection rather than a pattern, so the planner cannot turn the search around and scan
     * every household of the region instead.
     */
    private static final String HOUSEHOLDS_BY_LABEL = """
            MATCH (l:Label)<-[a:HAS_LABEL]-(holder)
            USING INDEX l:Label(code)
            WHERE l.code IN $driving AND %s
            UNWIND CASE WHEN holder:Household THEN [holder] ELSE [(holder)-[:MEMBER_OF]->(x:Household) | x] END AS h
            WITH l, h WHERE %s
            """.formatted(CURRENT.formatted("a"), Scope.covers("h")) + MATCHED.formatted("h");

    private static final String HOUSEHOLDS_BY_REGION = Scope.SEEK + """
            MATCH (h:Household) WHERE h.gridCode STARTS WITH prefix
            WITH h, [] AS matchedLabels
            """;

    private static final String HOUSEHOLDS_NONE = """
            WITH h, matchedLabels WHERE size($none) = 0 OR NOT EXISTS {
              MATCH (h)<-[:MEMBER_OF*0..1]-()-[b:HAS_LABEL]->(n:Label) WHERE n.code IN $none AND %s
            }
            """.formatted(CURRENT.formatted("b"));

    private static final String PERSONS_BY_LABEL = """
            MATCH (l:Label)<-[a:HAS_LABEL]-(holder)
            USING INDEX l:Label(code)
            WHERE l.code IN $driving AND %s
            UNWIND CASE WHEN holder:Person THEN [holder] ELSE [(holder)<-[:MEMBER_OF]-(x:Person) | x] END AS p
            WITH l, p WHERE %s
              AND ($bornFrom IS NULL OR p.birthDate >= $bornFrom) AND ($bornTo IS NULL OR p.birthDate <= $bornTo)
            """.formatted(CURRENT.formatted("a"), Scope.covers("p")) + MATCHED.formatted("p");

    private static final String PERSONS_BY_REGION = Scope.SEEK + """
            MATCH (p:Person) WHERE p.gridCode STARTS WITH prefix %s
            WITH p, [] AS matchedLabels
            """.formatted(BORN);

    private static final String PERSONS_NONE = """
            WITH p, matchedLabels WHERE size($none) = 0 OR NOT EXISTS {
              MATCH (p)-[:MEMBER_OF*0..1]->()-[b:HAS_LABEL]->(n:Label) WHERE n.code IN $none AND %s
            }
            """.formatted(CURRENT.formatted("b"));

    /** Requested labels matched (when they order the list), then grid code, then id: the order of every page. */
    private static final String ORDERED = """
            WITH %1$s, matchedLabels, CASE WHEN $byMatches THEN size(matchedLabels) ELSE 0 END AS matches
            """;

    private static final String AFTER = """
            WHERE matches < $afterMatches OR matches = $afterMatches
              AND (%1$s.gridCode > $afterGrid OR %1$s.gridCode = $afterGrid AND %1$s.id > $afterId)
            ORDER BY matches DESC, %1$s.gridCode, %1$s.id
            LIMIT $limit
            """;

    private static final String PAGE = ORDERED + AFTER;

    /**
     * Page and total in one pass over the matches: collected, counted, then the page after the
     * cursor. Used for label searches, whose matches are bounded by the holders of a few labels.
     */
    private static final String PAGE_WITH_TOTAL = ORDERED + """
            WITH collect({node: %1$s, matchedLabels: matchedLabels, matches: matches}) AS rows
            CALL (rows) {
              UNWIND rows AS row
              WITH row.node AS %1$s, row.matchedLabels AS matchedLabels, row.matches AS matches
              """ + AFTER + """
              %2$s
              RETURN collect({node: %3$s, %4$s, position: [matches, %1$s.gridCode, %1$s.id]}) AS page
            }
            RETURN size(rows) AS total, page
            """;

    /**
     * A region's page without labels, from where the last one ended: the rest of its last grid,
     * then the grids after it, each a seek on (gridCode, id) that yields rows in order, per prefix
     * of the scope, so that no page reads more than a grid beyond its own rows.
     */
    private static final String REGION_PAGE = Scope.SEEK + """
            CALL (prefix) {
              MATCH (%1$s:%2$s) WHERE %1$s.gridCode = $afterGrid AND %1$s.id > $afterId AND %1$s.gridCode STARTS WITH prefix %3$s
              WITH %1$s, [] AS matchedLabels
              %4$s
              RETURN %1$s ORDER BY %1$s.gridCode, %1$s.id LIMIT $limit
              UNION ALL
              MATCH (%1$s:%2$s) WHERE %1$s.gridCode >= CASE WHEN $afterNext > prefix THEN $afterNext ELSE prefix END
                AND %1$s.gridCode < prefix + $top %3$s
              WITH %1$s, [] AS matchedLabels
              %4$s
              RETURN %1$s ORDER BY %1$s.gridCode, %1$s.id LIMIT $limit
            }
            WITH %1$s, [] AS matchedLabels
            """;

    private static final String MATCHED_LABELS_LIST = "[l IN matchedLabels | " + org.zhulian.label.Label.PROJECTION + "]";

    private static final String MATCHED_LABELS = MATCHED_LABELS_LIST + " AS matchedLabels";

    private static final String POSITION = "[matches, %1$s.gridCode, %1$s.id] AS position";

    private static final String MEMBERSHIP = "OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)";

    private SearchStatements() {
    }

    /** A page of households, each with the parts of its archive that the page selects. */
    static String householdPage(SearchCriteria criteria, ArchiveParts parts) {
        return (criteria.driving().isEmpty() ? REGION_PAGE.formatted("h", "Household", "", HOUSEHOLDS_NONE) : households(criteria))
                + PAGE.formatted("h") + "RETURN " + Household.projection(parts) + " AS node, " + MATCHED_LABELS + ", " + POSITION.formatted("h");
    }

    /** Page and total together; only for searches that start from labels. */
    static String householdPageWithTotal(SearchCriteria criteria, ArchiveParts parts) {
        return households(criteria) + PAGE_WITH_TOTAL.formatted("h", "", Household.projection(parts), "matchedLabels: " + MATCHED_LABELS_LIST);
    }

    static String personPageWithTotal(SearchCriteria criteria) {
        return persons(criteria) + PAGE_WITH_TOTAL.formatted("p", MEMBERSHIP, Person.PROJECTION, "matchedLabels: " + MATCHED_LABELS_LIST);
    }

    static String householdCount(SearchCriteria criteria) {
        return households(criteria) + "RETURN count(h) AS n";
    }

    static String personPage(SearchCriteria criteria) {
        return (criteria.driving().isEmpty() ? REGION_PAGE.formatted("p", "Person", BORN, PERSONS_NONE) : persons(criteria))
                + PAGE.formatted("p") + MEMBERSHIP + "\n"
                + "RETURN " + Person.PROJECTION + " AS node, " + MATCHED_LABELS + ", " + POSITION.formatted("p");
    }

    static String personCount(SearchCriteria criteria) {
        return persons(criteria) + "RETURN count(p) AS n";
    }

    private static String households(SearchCriteria criteria) {
        return (criteria.driving().isEmpty() ? HOUSEHOLDS_BY_REGION : HOUSEHOLDS_BY_LABEL) + HOUSEHOLDS_NONE;
    }

    private static String persons(SearchCriteria criteria) {
        return (criteria.driving().isEmpty() ? PERSONS_BY_REGION : PERSONS_BY_LABEL) + PERSONS_NONE;
    }
}
