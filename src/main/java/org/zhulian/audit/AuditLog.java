package org.zhulian.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Keyset;

/**
 * What features record and ADMIN reads. Reads are recorded off the request path; a clear
 * ID number or phone waits until its record is stored; a change to the registry is recorded in the
 * change's own transaction, so the two commit or fail together.
 */
@Service
public class AuditLog {

    private final AuditWriter writer;
    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditWriter writer, AuditRepository repository, Clock clock) {
        this.writer = writer;
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an access soon, without holding up the request. */
    public void record(Caller caller, String action, Collection<String> subjectIds, Outcome outcome) {
        writer.submit(event(caller, action, subjectIds, null, outcome));
    }

    /** Records a read of clear personal data; completes once the record is stored. */
    public CompletableFuture<Void> recordUnmasked(Caller caller, String action, String subjectId, String purpose) {
        return writer.submitAndWait(event(caller, action, List.of(subjectId), purpose, Outcome.SUCCEEDED));
    }

    /** Records a change inside the transaction that makes it. */
    public void recordChange(Caller caller, String action, Collection<String> subjectIds) {
        repository.append(List.of(event(caller, action, subjectIds, null, Outcome.SUCCEEDED)));
    }

    /** A page of events, newest first, including every event recorded before this call. */
    List<Keyset.Row<AuditEvent>> page(Caller reader, Map<String, Object> filter, Keyset.Slice slice) {
        writer.submitAndWait(event(reader, "auditLog", List.of(), null, Outcome.SUCCEEDED)).join();
        return repository.page(filter, slice);
    }

    long count(Map<String, Object> filter) {
        return repository.count(filter);
    }

    private AuditEvent event(Caller caller, String action, Collection<String> subjectIds, String purpose, Outcome outcome) {
        return new AuditEvent(UUID.randomUUID().toString(), OffsetDateTime.now(clock), caller.user(),
                caller.role() == null ? null : caller.role().name(), action, List.copyOf(subjectIds), purpose, outcome);
    }
}
