package org.zhulian.audit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Keyset;

/** The {@code auditLog} root field; its rule ({@code AUDITOR}: ADMIN only) is declared in the schema. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @QueryMapping
    Connection<Connection.Edge<AuditEvent>> auditLog(@Argument AuditFilter filter, @Argument Integer first,
                                                     @Argument String after, @ContextValue Caller caller) {
        Keyset.Slice slice = AuditRepository.ORDER.slice(first, after);
        var parameters = (filter == null ? AuditFilter.NONE : filter).parameters();
        return Connection.of(audit.page(caller, parameters, slice), slice, () -> audit.count(parameters), Connection.Edge::new);
    }
}
