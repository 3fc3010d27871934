package org.zhulian.wish;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhulian.access.Changes;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.security.Scope;
import org.zhulian.system.Parameters;

/**
 * What time does to wishes, checked every {@code zhulian.wishes.check-every}: a claim not delivered
 * within its hold lapses and the wish is on the board again (or expired, past its deadline); a
 * draft or published wish past its deadline expires; a fulfilled wish nobody thanked within
 * {@code close-after} closes. Each wish is its own change under its household's lock, re-checked
 * once the lock is held, so a donor delivering at the same moment wins or loses cleanly; the
 * changes are on record as {@value #ACTOR}.
 */
@Component
class WishSchedule {

    static final String ACTOR = "system:wishes";
    private static final Caller SYSTEM = new Caller(ACTOR, Role.ADMIN, Scope.WHOLE_TREE, Set.of(), null);
    private static final Logger log = LoggerFactory.getLogger(WishSchedule.class);
    private static final int BATCH = 200;
    /** Enough for any backlog of a day. */
    private static final int MAX_BATCHES = 100;

    private final Neo4jClient neo4j;
    private final Changes changes;
    private final WishSteps steps;
    private final WishSettings settings;
    private final Clock clock;

    WishSchedule(Neo4jClient neo4j, Changes changes, WishSteps steps, WishSettings settings, Clock clock) {
        this.neo4j = neo4j;
        this.changes = changes;
        this.steps = steps;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs every check once; returns how many wishes it handled. */
    @Scheduled(fixedDelayString = "${zhulian.wishes.check-every:PT10M}", initialDelayString = "${zhulian.wishes.check-every:PT10M}")
    int run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return lapseClaims(now) + expireWishes(now) + closeUnthanked(now);
    }

    private int lapseClaims(OffsetDateTime now) {
        return each("""
                MATCH (c:ActiveClaim) WHERE c.expiresAt <= $now AND c.deliveredAt IS NULL AND NOT c.wishId IN $failed
                RETURN c.wishId ORDER BY c.expiresAt LIMIT $batch""", now, "lapseClaim", (wish, at) -> {
            if (wish.claim() != null && !wish.claim().delivered() && expired(wish.claim().id(), at)) {
                steps.endClaim(wish.claim().id(), ClaimStatus.LAPSED, at);
                boolean late = wish.deadline().isBefore(at.toLocalDate());
                steps.step(wish.id(), "LAPSED", late ? WishStatus.EXPIRED : WishStatus.PUBLISHED, at, ACTOR,
                        "认领" + settings.claimHold().getDays() + "天内未完成");
                steps.reopenNeed(wish.needId());
            }
        });
    }

    private int expireWishes(OffsetDateTime now) {
        return each("""
                MATCH (w:Wish) WHERE w.status IN ['DRAFT', 'PUBLISHED'] AND w.category IS NOT NULL AND w.deadline < $today AND NOT w.id IN $failed
                RETURN w.id LIMIT $batch""", now, "expireWish", (wish, at) -> {
            boolean waiting = wish.status() == WishStatus.DRAFT || wish.status() == WishStatus.PUBLISHED;
            if (waiting && wish.deadline().isBefore(at.toLocalDate())) {
                steps.step(wish.id(), "EXPIRED", WishStatus.EXPIRED, at, ACTOR, "截止日期已过");
            }
        });
    }

    private int closeUnthanked(OffsetDateTime now) {
        return each("""
                MATCH (w:Wish {status: 'FULFILLED'}) WHERE w.category IS NOT NULL AND w.fulfilledAt <= $closeBefore AND NOT w.id IN $failed
                RETURN w.id LIMIT $batch""", now, "closeWish", (wish, at) -> {
            if (wish.status() == WishStatus.FULFILLED) {
                steps.step(wish.id(), "CLOSED", WishStatus.CLOSED, at, ACTOR, null);
            }
        });
    }

    /**
     * Applies {@code work} to each wish the statement finds, one change each, batch after batch until
     * none is left. A wish whose change fails is logged by its id, left for the next run and not
     * met again in this one, so that one bad wish holds up no other.
     */
    private int each(String statement, OffsetDateTime now, String action, BiConsumer<WishSteps.State, OffsetDateTime> work) {
        int handled = 0;
        int batches = 0;
        Set<String> failed = new HashSet<>();
        List<String> batch;
        do {
            batch = List.copyOf(neo4j.query(statement)
                    .bindAll(Parameters.of("now", now, "today", now.toLocalDate(), "closeBefore", now.minus(settings.closeAfter()),
                            "batch", BATCH, "failed", List.copyOf(failed)))
                    .fetchAs(String.class).all());
            for (String wishId : batch) {
                try {
                    changes.apply(SYSTEM, action, List.of(wishId), change -> {
                        work.accept(steps.lockInScope(wishId, Scope.WHOLE_TREE), now);
                        return null;
                    });
                    handled++;
                } catch (RuntimeException failure) {
                    failed.add(wishId);
                    log.warn("{} failed for wish {}: {}", action, wishId, failure.getClass().getName());
                }
            }
        } while (batch.size() == BATCH && ++batches < MAX_BATCHES);
        return handled;
    }

    private boolean expired(String claimId, OffsetDateTime now) {
        return neo4j.query("MATCH (c:ActiveClaim {id: $id}) RETURN c.expiresAt <= $now").bindAll(Parameters.of("id", claimId, "now", now))
                .fetchAs(Boolean.class).one().orElse(false);
    }
}
