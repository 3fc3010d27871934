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
            MATCH (p:Person) WHERE p.gridCode STARTS WITH prefix
              AND ($bornFrom IS NULL OR p.birthDate >= $bornFrom) AND ($bornTo IS NULL OR p.birthDate <= $bornTo)
            WITH p, [] AS matchedLabels
            """;

    private static final String PERSONS_NONE = """
            WITH p, matchedLabels WHERE size($none) = 0 OR NOT EXISTS {
              MATCH (p)-[:MEMBER_OF*0..1]->()-[b:HAS_LABEL]->(n:Label) WHERE n.code IN $none AND %s
            }
            """.formatted(CURRENT.formatted("b"));

    private static final String ORDER = """
            WITH %1$s, matchedLabels
            ORDER BY CASE WHEN $byMatches THEN size(matchedLabels) ELSE 0 END DESC, %1$s.id
            """;

    private static final String PAGE = ORDER + "SKIP $skip LIMIT $limit\n";

    /**
     * Page and total in one pass over the matches: sorted, collected, then sliced. Used for label
     * searches, whose matches are bounded by the holders of a few labels.
     */
    private static final String PAGE_WITH_TOTAL = ORDER + """
            WITH collect({node: %1$s, matchedLabels: matchedLabels}) AS rows
            CALL (rows) {
              UNWIND rows[$skip..($skip + $limit)] AS row
              WITH row.node AS %1$s, row.matchedLabels AS matchedLabels
              %2$s
              RETURN collect({node: %3$s, %4$s}) AS page
            }
            RETURN size(rows) AS total, page
            """;

    private static final String MATCHED_LABELS_LIST = "[l IN matchedLabels | " + org.zhulian.label.Label.PROJECTION + "]";

    private static final String MATCHED_LABELS = MATCHED_LABELS_LIST + " AS matchedLabels";

    private static final String MEMBERSHIP = "OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)";

    private SearchStatements() {
    }

    static String householdPage(SearchCriteria criteria) {
        return households(criteria) + PAGE.formatted("h")
                + "RETURN " + Household.PROJECTION + " AS node, " + MATCHED_LABELS;
    }

    /** Page and total together; only for searches that start from labels. */
    static String householdPageWithTotal(SearchCriteria criteria) {
        return households(criteria) + PAGE_WITH_TOTAL.formatted("h", "", Household.PROJECTION, "matchedLabels: " + MATCHED_LABELS_LIST);
    }

    static String personPageWithTotal(SearchCriteria criteria) {
        return persons(criteria) + PAGE_WITH_TOTAL.formatted("p", MEMBERSHIP, Person.PROJECTION, "matchedLabels: " + MATCHED_LABELS_LIST);
    }

    static String householdCount(SearchCriteria criteria) {
        return households(criteria) + "RETURN count(h) AS n";
    }

    static String personPage(SearchCriteria criteria) {
        return persons(criteria) + PAGE.formatted("p")
                + MEMBERSHIP + "\n"
                + "RETURN " + Person.PROJECTION + " AS node, " + MATCHED_LABELS;
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
