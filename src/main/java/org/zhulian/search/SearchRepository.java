package org.zhulian.search;

import java.util.List;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;
import org.zhulian.system.PinyinKeys;

/**
 * One statement a type, in tiers that each stop at {@link #CAP} records: those whose text is the
 * search text, those it starts with, those that hold it (range indexes serve the first two, a text
 * index the third, or for one or two Chinese characters their characters' full-text index); or for typed
 * pinyin those with a key equal to it, then those with a key that starts with it (full-text term and
 * prefix queries). Each tier keeps to the caller's jurisdiction where the type has one. The records
 * found are ranked in the statement, counted, and the best {@code first} returned; a single
 * character or letter matches thousands, and a tier that stops at the cap makes the count a lower
 * bound rather than a scan of them all. What matched is read only to rank it and never leaves here:
 * a person's name reaches the caller only through the person, audited.
 */
@Repository
@Transactional(readOnly = true)
class SearchRepository {

    /** Records a tier reads at most. */
    static final int CAP = 1_000;

    /**
     * Counts each record once, at its best tier (the tiers overlap); ranks {@code quality} (a
     * {@link SearchMatch} ordinal), then what lies in the caller's jurisdiction (a public record
     * elsewhere after), then the shortest; keeps the best. The count is a lower bound when a tier
     * read as many as it may, or one was {@code skipped}.
     */
    private static final String RANKED = """
            CALL (read) {
              UNWIND read AS r
              WITH r.x AS x, min(r.tier) AS tier
              WITH x.%4$s AS found, size(x.%2$s) AS length, any(prefix IN $scope WHERE x.%5$s STARTS WITH prefix) AS near, tier, %6$s AS quality
              ORDER BY quality, near DESC, length, found
              RETURN collect({key: found, quality: quality, near: near, length: length}) AS rows
            }
            RETURN size(rows) AS total, skipped OR any(t IN [0, 1, 2] WHERE size([r IN read WHERE r.tier = t]) >= $cap) AS capped,
                   rows[0..$first] AS best""";

    /**
     * Equal, then starts with, then holds. When the first two found as many as a tier may read, the
     * third is not read: what it would add ranks below them and the count is a lower bound anyway
     * (a single common character, 王, starts a thousand names).
     */
    private static final String CHINESE = """
            CALL () { MATCH (x:%1$s) WHERE x.%2$s = $text %3$s WITH x LIMIT $cap RETURN collect(x) AS exact }
            CALL () { MATCH (x:%1$s) WHERE x.%2$s STARTS WITH $text AND x.%2$s <> $text %3$s WITH x LIMIT $cap RETURN collect(x) AS starting }
            WITH exact, starting, size(exact) + size(starting) >= $cap AS skipped
            CALL (skipped) {
              WITH skipped WHERE NOT skipped
              %7$s
              RETURN collect(x) AS holding
            }
            WITH [x IN exact | {x: x, tier: 0}] + [x IN starting | {x: x, tier: 1}] + [x IN holding | {x: x, tier: 2}] AS read, skipped
            """ + RANKED;

    /**
     * The third tier: a text index seek from three characters on, or for shorter Chinese the
     * characters' index, scoped in its query. Its phrase also matches characters on either side of
     * a comma or a space (punctuation is no term), so what it finds is checked for the text itself.
     */
    private static final String HOLDING = "MATCH (x:%1$s) WHERE x.%2$s CONTAINS $text AND NOT x.%2$s STARTS WITH $text %3$s WITH x LIMIT $cap";
    private static final String HOLDING_CHARACTERS = """
            CALL db.index.fulltext.queryNodes('%1$s', $characters, {limit: $cap}) YIELD node AS x WHERE x.%2$s CONTAINS $text %3$s WITH x""";

    private static final String CHINESE_QUALITY = "CASE tier WHEN 0 THEN 0 WHEN 1 THEN 2 ELSE 3 END";

    /** A key equal to the text, then keys that start with it; the second not read when the first found as many as a tier may read. */
    private static final String PINYIN = """
            CALL () { CALL db.index.fulltext.queryNodes('%7$s', $exact) YIELD node AS x %3$s WITH x LIMIT $cap RETURN collect(x) AS exact }
            WITH exact, size(exact) >= $cap AS skipped
            CALL (skipped) {
              WITH skipped WHERE NOT skipped
              CALL db.index.fulltext.queryNodes('%7$s', $prefix) YIELD node AS x %3$s WITH x LIMIT $cap
              RETURN collect(x) AS starting
            }
            WITH [x IN exact | {x: x, tier: 0}] + [x IN starting | {x: x, tier: 1}] AS read, skipped
            """ + RANKED;

    private static final String PINYIN_QUALITY = """
            CASE WHEN $text IN x.pinyinFull THEN 0 WHEN $text IN x.pinyinInitials THEN 1
                 WHEN any(key IN x.pinyinFull + x.pinyinInitials WHERE key STARTS WITH $text) THEN 2 ELSE 3 END""";

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** How many records of this type match (at least, when {@code capped}), and the best {@code first}. */
    record Found(int total, boolean capped, List<SearchHit> best) {
    }

    Found find(SearchType type, String text, Scope scope, int first) {
        boolean typed = PinyinKeys.isTyped(text) && type.pinyinIndex != null;
        String searched = typed ? PinyinKeys.typed(text) : text;
        String inScope = type.scoped ? "AND " + Scope.covers("x") : "";
        String statement = typed
                ? PINYIN.formatted(type.label, type.text, type.scoped ? "WHERE " + Scope.covers("x") : "", type.key, type.home, PINYIN_QUALITY,
                        type.pinyinIndex)
                : CHINESE.formatted(type.label, type.text, inScope, type.key, type.home, CHINESE_QUALITY, isShortChinese(text)
                        ? HOLDING_CHARACTERS.formatted(type.charactersIndex(), type.text, inScope) : HOLDING.formatted(type.label, type.text, inScope));
        return neo4j.query(statement)
                .bindAll(Parameters.of("text", searched, "characters", characters(type, searched, scope),
                        "exact", "pinyinFull:" + searched + " OR pinyinInitials:" + searched, "prefix", searched + "*", "first", first, "cap", CAP))
                .bindAll(scope.parameters())
                .fetchAs(Found.class).mappedBy((types, row) -> new Found(row.get("total").asInt(), row.get("capped").asBoolean(),
                        row.get("best").asList((Value hit) -> new SearchHit(type, SearchMatch.values()[hit.get("quality").asInt()],
                                hit.get("key").asString(), hit.get("near").asBoolean(), hit.get("length").asInt()))))
                .one().orElseThrow();
    }

    /**
     * The characters' query: the text as a phrase (for Han characters, each a term) and for a scoped
     * type a region code under the jurisdiction, so that the cap counts her records only (the
     * statement still keeps to the jurisdiction). Codes are digits.
     */
    static String characters(SearchType type, String text, Scope scope) {
        String phrase = type.text + ":\"" + text + '"';
        if (!type.scoped || scope.prefixes().isEmpty() || scope.prefixes().contains("")) {
            return phrase;
        }
        return phrase + " AND (" + String.join(" OR ", scope.prefixes().stream().map(prefix -> type.home + ":" + prefix + "*").toList()) + ")";
    }

    /** One or two Han characters: the text indexes cannot seek them, the characters' index can. */
    static boolean isShortChinese(String text) {
        return text.codePointCount(0, text.length()) < 3
                && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
