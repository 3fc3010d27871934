package org.zhulian.audit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Page;

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
        Page page = Page.of(first, after);
        var parameters = (filter == null ? AuditFilter.NONE : filter).parameters();
        return Connection.of(audit.page(caller, parameters, page), page, () -> audit.count(parameters), Connection.Edge::new);
    }
}
