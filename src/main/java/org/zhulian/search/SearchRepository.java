package org.zhulian.search;

import java.util.List;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;

/**
 * One statement a type: the records whose text holds the search text (a text index serves
 * CONTAINS), in the caller's jurisdiction where the type has one, ranked in the statement, counted,
 * and the best {@code first} returned. What matched is read only to rank it and never leaves here:
 * a person's name reaches the caller only through the person, audited.
 */
@Repository
class SearchRepository {

    private static final String FIND = """
            MATCH (x:%s) WHERE x.%s CONTAINS $text %s
            WITH x.%s AS found, x.%s AS searched
            WITH found, size(searched) AS length,
                 CASE WHEN searched = $text THEN 0 WHEN searched STARTS WITH $text THEN 1 ELSE 2 END AS quality
            ORDER BY quality, length, found
            WITH count(*) AS total, collect({key: found, quality: quality, length: length})[0..$first] AS best
            RETURN total, best""";

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** How many records of this type match, and the best {@code first}. */
    record Found(int total, List<SearchHit> best) {
    }

    Found find(SearchType type, String text, Scope scope, int first) {
        String statement = FIND.formatted(type.label, type.text, type.scoped ? "AND " + Scope.covers("x") : "", type.key, type.text);
        return neo4j.query(statement).bindAll(Parameters.of("text", text, "first", first)).bindAll(scope.parameters())
                .fetchAs(Found.class).mappedBy((types, row) -> new Found(row.get("total").asInt(), row.get("best").asList((Value hit) ->
                        new SearchHit(type, SearchMatch.values()[hit.get("quality").asInt()], hit.get("key").asString(), hit.get("length").asInt()))))
                .one().orElseThrow();
    }
}
