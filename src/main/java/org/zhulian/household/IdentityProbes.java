package org.zhulian.household;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhulian.security.Caller;
import org.zhulian.security.KeyedHash;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Answers that reveal whether an ID number is registered: outside the caller's jurisdiction, or
 * inside it for a caller who may not see ID numbers in clear (who could otherwise confirm a masked
 * one by guessing). A caseworker needs them (to ask for a transfer rather than register someone
 * twice), and an attacker wants them (to probe the whole country's registry), so each is counted
 * per caller and put on record under a keyed hash of the number. A caller who has had
 * {@link #LIMIT} of them within {@link #WINDOW} gets a refusal for every change that would look an
 * ID number up, whether or not the number exists, until the window has moved on: over the limit
 * there is nothing left to learn. A caller's look-ups queue on the caller's own lock, so concurrent
 * ones cannot all pass the count.
 */
@Component
class IdentityProbes {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Neo4jClient neo4j;
    private final TransactionTemplate separately;
    private final KeyedHash hash;
    private final Clock clock;

    IdentityProbes(Neo4jClient neo4j, PlatformTransactionManager transactions, KeyedHash hash, Clock clock) {
        this.neo4j = neo4j;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.hash = hash;
        this.clock = clock;
    }

    /** Before any look-up of an ID number by this caller: takes the caller's lock, then counts. */
    void requireUnderLimit(Caller caller) {
        neo4j.query("MERGE (lock:ProbeLock {actor: $actor}) SET lock.revision = coalesce(lock.revision, 0) + 1")
                .bind(caller.user()).to("actor").run();
        long recent = neo4j.query("MATCH (p:IdentityProbe) WHERE p.actor = $actor AND p.at >= $since RETURN count(p)")
                .bind(caller.user()).to("actor").bind(OffsetDateTime.now(clock).minus(WINDOW)).to("since")
                .fetchAs(Long.class).one().orElse(0L);
        if (recent >= LIMIT) {
            throw new ForbiddenException("Too many ID numbers looked up outside your jurisdiction in the last hour; try again later");
        }
    }

    /**
     * The refusal that tells the caller something about an ID number outside the jurisdiction,
     * counted (in a transaction of its own, so that it stays when the change rolls back) and naming
     * the keyed hash of the number in its audit event.
     */
    InvalidInputException revealing(Caller caller, String idNumber, String field, String message) {
        return new InvalidInputException(field, message).withRecord(count(caller, idNumber));
    }

    /**
     * The refusal for an ID number registered inside the caller's jurisdiction: plain for a caller
     * who may unmask ID numbers anyway, counted like {@link #revealing} for anyone else.
     */
    InvalidInputException known(Caller caller, String idNumber, String field, String message) {
        return caller.unmasks() ? new InvalidInputException(field, message) : revealing(caller, idNumber, field, message);
    }

    /**
     * Before a look-up by number for a caller who may not unmask: refused over the limit, else
     * counted, in a transaction of its own (the look-up itself only reads).
     */
    void countLookup(Caller caller, String number) {
        separately.executeWithoutResult(status -> {
            requireUnderLimit(caller);
            neo4j.query("CREATE (:IdentityProbe {actor: $actor, at: $at, hash: $hash})")
                    .bind(caller.user()).to("actor").bind(OffsetDateTime.now(clock)).to("at").bind(hash.of(number)).to("hash").run();
        });
    }

    /** Counts an answer about an ID number outside the jurisdiction that is no refusal (a transfer asked for); its keyed hash. */
    String count(Caller caller, String idNumber) {
        String hashed = hash.of(idNumber);
        separately.executeWithoutResult(status -> neo4j.query("CREATE (:IdentityProbe {actor: $actor, at: $at, hash: $hash})")
                .bind(caller.user()).to("actor").bind(OffsetDateTime.now(clock)).to("at").bind(hashed).to("hash").run());
        return hashed;
    }
}
