package org.zhulian.wish;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhulian.security.Caller;
import org.zhulian.system.Parameters;
import org.zhulian.system.graphql.Keyset;

/**
 * Reads of wishes and claims. A card is shown to anyone once published (and not withdrawn), and to
 * the wish's jurisdiction always ({@link Wish#VISIBLE}); a casefile to the jurisdiction only.
 */
@Repository
@Transactional(readOnly = true)
class WishRepository {

    /** The board: wishes below {@code $prefix} that the caller sees, matching the filter. */
    private static final String BOARD = """
            MATCH (w:Wish) WHERE w.gridCode STARTS WITH $prefix AND %s
              AND w.status IN $statuses
              AND ($categories IS NULL OR w.category IN $categories)
              AND ($maxValue IS NULL OR w.valueYuan <= $maxValue)
            """.formatted(Wish.VISIBLE);

    /** The board, newest first: by when a wish was published, a draft by when it was written. */
    static final Keyset BOARD_ORDER = Keyset.of("coalesce(w.publishedAt, w.created) DESC", "w.id");
    /** A donor's claims, newest first. */
    static final Keyset CLAIM_ORDER = Keyset.of("c.claimedAt DESC", "c.id");

    private final Neo4jClient neo4j;

    WishRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** What the board shows. */
    record BoardCriteria(String prefix, List<String> statuses, List<String> categories, Integer maxValue) {

        Map<String, Object> parameters() {
            return Parameters.of("prefix", prefix, "statuses", statuses, "categories", categories, "maxValue", maxValue);
        }
    }

    Optional<Wish> find(String id, Caller caller) {
        return byIds(List.of(id), caller).stream().findFirst();
    }

    /** The wishes among these that the caller sees. */
    List<Wish> byIds(Collection<String> ids, Caller caller) {
        return neo4j.query("UNWIND $ids AS id MATCH (w:Wish {id: id}) WHERE " + Wish.VISIBLE + " RETURN " + Wish.PROJECTION + " AS wish")
                .bindAll(parameters(caller, Map.of("ids", ids)))
                .fetchAs(Wish.class).mappedBy((types, row) -> Wish.of(row.get("wish"))).all().stream().toList();
    }

    List<Keyset.Row<Wish>> page(BoardCriteria criteria, Caller caller, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement(BOARD, Wish.PROJECTION + " AS wish")).bindAll(parameters(caller, criteria.parameters())),
                row -> Wish.of(row.get("wish")));
    }

    long count(BoardCriteria criteria, Caller caller) {
        return neo4j.query(BOARD + "RETURN count(w)").bindAll(parameters(caller, criteria.parameters()))
                .fetchAs(Long.class).one().orElse(0L);
    }

    /** The wishes of these needs that the caller sees, newest first. */
    List<Wish> ofNeeds(Collection<String> needIds, Caller caller) {
        return neo4j.query("UNWIND $needs AS needId MATCH (:Need {id: needId})<-[:FOR]-(w:Wish) WHERE " + Wish.VISIBLE + " RETURN " + Wish.PROJECTION
                        + " AS wish ORDER BY w.created DESC, w.id")
                .bindAll(parameters(caller, Map.of("needs", needIds)))
                .fetchAs(Wish.class).mappedBy((types, row) -> Wish.of(row.get("wish"))).all().stream().toList();
    }

    /** The casefiles of these wishes that lie in the caller's jurisdiction. */
    List<WishCasefile> casefiles(Collection<String> ids, Caller caller) {
        return neo4j.query(WishCasefile.IN_SCOPE).bindAll(parameters(caller, Map.of("ids", ids)))
                .fetchAs(WishCasefile.class).mappedBy((types, row) -> WishCasefile.of(row.get("casefile"))).all().stream().toList();
    }

    Optional<WishClaim> claim(String id) {
        return neo4j.query("MATCH (c:Claim {id: $id}) RETURN " + WishClaim.PROJECTION + " AS claim").bind(id).to("id")
                .fetchAs(WishClaim.class).mappedBy((types, row) -> WishClaim.of(row.get("claim"))).one();
    }

    List<Keyset.Row<WishClaim>> claimsOf(String account, List<String> statuses, Keyset.Slice slice) {
        return slice.rows(neo4j.query(slice.statement("MATCH (:Donor {account: $account})-[:MADE]->(c:Claim) WHERE $statuses IS NULL OR c.status IN $statuses\n",
                        WishClaim.PROJECTION + " AS claim")).bindAll(Parameters.of("account", account, "statuses", statuses)),
                row -> WishClaim.of(row.get("claim")));
    }

    long countClaimsOf(String account, List<String> statuses) {
        return neo4j.query("MATCH (:Donor {account: $account})-[:MADE]->(c:Claim) WHERE $statuses IS NULL OR c.status IN $statuses RETURN count(c)")
                .bindAll(Parameters.of("account", account, "statuses", statuses)).fetchAs(Long.class).one().orElse(0L);
    }

    private static Map<String, Object> parameters(Caller caller, Map<String, Object> own) {
        Map<String, Object> parameters = new HashMap<>(own);
        parameters.putAll(caller.jurisdiction().parameters());
        return parameters;
    }
}
