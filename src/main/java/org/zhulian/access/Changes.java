package org.zhulian.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhulian.audit.AuditLog;
import org.zhulian.audit.Outcome;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The template of every write use case. The controller validates the input first (a refusal is
 * REJECTED on record by {@link AccessOutcomes}); the work then runs in one transaction that locks
 * what it changes before it checks anything, and records its success inside that transaction, so
 * the change and its record commit or roll back together. A transient failure (Neo4j's deadlock
 * detection, a lost leader) is retried a bounded number of times; every attempt that fails ends in
 * the log as FAILED, and the last one, if it fails too, reaches the caller. A unique constraint
 * that a concurrent change won is the caller's to resolve: invalid input, asking to reload.
 */
@Component
public class Changes {

    static final int ATTEMPTS = 8;
    private static final Duration BACKOFF = Duration.ofMillis(10);

    private final TransactionTemplate transactions;
    private final AuditLog audit;

    Changes(PlatformTransactionManager transactions, AuditLog audit) {
        this.transactions = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /** What a change records about itself while it runs. */
    public static final class Change {

        private final Caller caller;
        private final List<String> subjects = new ArrayList<>();

        private Change(Caller caller) {
            this.caller = caller;
        }

        public Caller caller() {
            return caller;
        }

        /** Names the records the change touches, for its audit event. */
        public void touches(String... ids) {
            for (String id : ids) {
                if (id != null && !subjects.contains(id)) {
                    subjects.add(id);
                }
            }
        }

        List<String> subjects() {
            return subjects;
        }
    }

    /** Runs the change for the caller, recorded under {@code action}; returns what the work returns. */
    public <T> T apply(Caller caller, String action, Collection<String> subjects, Function<Change, T> work) {
        for (int attempt = 1; ; attempt++) {
            Change change = new Change(caller);
            change.touches(subjects.toArray(String[]::new));
            try {
                return transactions.execute(status -> {
                    T result = work.apply(change);
                    audit.recordChange(caller, action, change.subjects());
                    return result;
                });
            } catch (DataIntegrityViolationException clash) {
                throw new InvalidInputException("input", "Conflicts with a change saved at the same moment; reload and try again");
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS || !isTransient(failure)) {
                    throw failure;
                }
                audit.record(caller, action, change.subjects(), Outcome.FAILED);
                pause(attempt);
            }
        }
    }

    /** Whether trying again may succeed: the database said so, in whatever wrapping it reached us. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryableException || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** Exponential with full jitter, so that the losers of one deadlock do not meet again in the next. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(BACKOFF.toMillis() << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a change", e);
        }
    }
}
