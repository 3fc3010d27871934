package org.zhulian.search;

import java.util.List;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;

/**
 * One statement a type: the records whose text holds the search text (a text index serves
 * CONTAINS), or whose pinyin keys start with typed pinyin (a full-text prefix query), in the
 * caller's jurisdiction where the type has one, ranked in the statement, counted, and the best
 * {@code first} returned. What matched is read only to rank it and never leaves here: a person's
 * name reaches the caller only through the person, audited.
 */
@Repository
class SearchRepository {

    /**
     * Ranks {@code quality} (a {@link SearchMatch} ordinal), then what lies in the caller's
     * jurisdiction (a public record elsewhere after), then the shortest; counts; keeps the best.
     */
    private static final String RANKED = """
            ORDER BY quality, near DESC, length, found
            WITH count(*) AS total, collect({key: found, quality: quality, near: near, length: length})[0..$first] AS best
            RETURN total, best""";

    private static final String CHINESE = """
            MATCH (x:%1$s) WHERE x.%2$s CONTAINS $text %3$s
            WITH x.%4$s AS found, size(x.%2$s) AS length, any(prefix IN $scope WHERE x.%5$s STARTS WITH prefix) AS near,
                 CASE WHEN x.%2$s = $text THEN 0 WHEN x.%2$s STARTS WITH $text THEN 2 ELSE 3 END AS quality
            """ + RANKED;

    private static final String PINYIN = """
            CALL db.index.fulltext.queryNodes('%1$s', $query) YIELD node AS x %3$s
            WITH x.%4$s AS found, size(x.%2$s) AS length, any(prefix IN $scope WHERE x.%5$s STARTS WITH prefix) AS near,
                 CASE WHEN $text IN x.pinyinFull THEN 0 WHEN $text IN x.pinyinInitials THEN 1
                      WHEN any(key IN x.pinyinFull + x.pinyinInitials WHERE key STARTS WITH $text) THEN 2 ELSE 3 END AS quality
            """ + RANKED;

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** How many records of this type match, and the best {@code first}. */
    record Found(int total, List<SearchHit> best) {
    }

    Found find(SearchType type, String text, Scope scope, int first) {
        boolean typed = PinyinKeys.isTyped(text) && type.pinyinIndex != null;
        String statement = typed
                ? PINYIN.formatted(type.pinyinIndex, type.text, type.scoped ? "WHERE " + Scope.covers("x") : "", type.key, type.home)
                : CHINESE.formatted(type.label, type.text, type.scoped ? "AND " + Scope.covers("x") : "", type.key, type.home);
        String searched = typed ? PinyinKeys.typed(text) : text;
        return neo4j.query(statement).bindAll(Parameters.of("text", searched, "query", searched + "*", "first", first))
                .bindAll(scope.parameters())
                .fetchAs(Found.class).mappedBy((types, row) -> new Found(row.get("total").asInt(), row.get("best").asList((Value hit) ->
                        new SearchHit(type, SearchMatch.values()[hit.get("quality").asInt()], hit.get("key").asString(), hit.get("near").asBoolean(),
                                hit.get("length").asInt()))))
                .one().orElseThrow();
    }
}
