package org.zhulian.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes audit events off the request path, in batches: one thread takes whatever has queued up and
 * appends it in one statement, so a busy service pays one write per batch rather than one per read.
 * A full queue makes callers wait rather than lose events. Callers that must not go on before their
 * event is stored (clear personal data is released only once its reading is on record) get a future
 * that completes when the batch holding it has committed; as the queue is first-in first-out, every
 * event submitted earlier is stored by then too. On shutdown the queue is written out before the
 * database closes.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 1_000;
    private static final int ATTEMPTS_AFTER_STOP = 3;

    private record Pending(AuditEvent event, CompletableFuture<Void> stored) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final AuditRepository repository;
    private volatile boolean running;
    private Thread thread;

    AuditWriter(AuditRepository repository) {
        this.repository = repository;
    }

    void submit(AuditEvent event) {
        enqueue(new Pending(event, null));
    }

    CompletableFuture<Void> submitAndWait(AuditEvent event) {
        var stored = new CompletableFuture<Void>();
        enqueue(new Pending(event, stored));
        return stored;
    }

    private void enqueue(Pending pending) {
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording an audit event", e);
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Appends the batch, trying again until the database takes it: events are never dropped. While
     * the database is away the queue fills and callers wait, which is the point: no access goes
     * unrecorded. Only a stop that outlasts its grace period leaves events unwritten, and says so.
     */
    private void write(List<Pending> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                repository.append(batch.stream().map(Pending::event).toList());
                batch.stream().filter(p -> p.stored() != null).forEach(p -> p.stored().complete(null));
                return;
            } catch (RuntimeException e) {
                if (attempt % 10 == 1) {
                    log.error("{} audit events not stored yet (attempt {}): {}; trying again", batch.size(), attempt, e.getClass().getName());
                }
                if (!running && attempt >= ATTEMPTS_AFTER_STOP) {
                    log.error("{} audit events lost at shutdown: the database did not take them", batch.size());
                    batch.stream().filter(p -> p.stored() != null).forEach(p -> p.stored().completeExceptionally(e));
                    return;
                }
                Thread.sleep(Math.min(5_000L, 200L * attempt));
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("audit-writer").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so requests still in flight get their events stored. */
    @Override
    public int getPhase() {
        return 0;
    }
}
