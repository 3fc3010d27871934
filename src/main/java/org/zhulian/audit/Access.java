package org.zhulian.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/** Checks a caller's role before anything is read or written, and puts every refusal on record. */
@Component
public class Access {

    private final AuditLog audit;

    Access(AuditLog audit) {
        this.audit = audit;
    }

    /** Households, persons and needs: not for charities, nor machine clients without {@code registry:read}. */
    public void requireRegistryRead(Caller caller, String action, Collection<String> subjectIds) {
        if (!caller.readsRegistry()) {
            throw deny(caller, action, subjectIds, new ForbiddenException("Your role may not read the registry"));
        }
    }

    /** Changes to households, persons and labels: caseworkers and ADMIN only. */
    public void requireRegistryWrite(Caller caller, String action, Collection<String> subjectIds) {
        if (!caller.writesRegistry()) {
            throw deny(caller, action, subjectIds, new ForbiddenException("Your role may not change the registry"));
        }
    }

    /**
     * Runs a change for a caller who may write. Invalid input is recorded as REJECTED and rethrown;
     * refusals for role or jurisdiction are recorded where they are raised.
     */
    public <T> T change(Caller caller, String action, Collection<String> subjectIds, Supplier<T> change) {
        requireRegistryWrite(caller, action, subjectIds);
        try {
            return change.get();
        } catch (InvalidInputException invalid) {
            audit.record(caller, action, subjectIds, Outcome.REJECTED);
            throw invalid;
        }
    }

    /**
     * The record a by-id read found in the caller's jurisdiction. When it found none, a caller who
     * sees the whole tree gets null (the id does not exist); anyone else the recorded refusal, the
     * same whether the record lies elsewhere or does not exist.
     */
    public <T> T visibleOrDenied(T found, Caller caller, String action, String what, String id) {
        if (found == null && !caller.wholeTree()) {
            throw notVisible(caller, action, what, id);
        }
        return found;
    }

    /**
     * The refusal for a record the caller cannot see, recorded; the same whether the record lies
     * outside the jurisdiction or does not exist.
     */
    public ForbiddenException notVisible(Caller caller, String action, String what, String id) {
        return deny(caller, action, List.of(id), ForbiddenException.notVisible(what));
    }

    /** Records the refusal and hands back the exception to throw. */
    public ForbiddenException deny(Caller caller, String action, Collection<String> subjectIds, ForbiddenException refusal) {
        audit.record(caller, action, subjectIds, Outcome.DENIED);
        return refusal;
    }
}
