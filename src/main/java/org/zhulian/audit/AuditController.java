package org.zhulian.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.security.Caller;
import org.zhulian.security.Role;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Page;

/** The {@code auditLog} root field, for ADMIN only; every other caller's attempt is itself on record. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final Access access;

    AuditController(AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
    }

    @QueryMapping
    Connection<Connection.Edge<AuditEvent>, Map<String, Object>> auditLog(@Argument AuditFilter filter, @Argument Integer first,
                                                                          @Argument String after, @ContextValue Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw access.deny(caller, "auditLog", List.of(), new ForbiddenException("Only ADMIN reads the audit log"));
        }
        Page page = Page.of(first, after);
        Map<String, Object> parameters = parameters(filter == null ? AuditFilter.NONE : filter);
        return Connection.of(audit.page(caller, parameters, page), page, parameters, Connection.Edge::new);
    }

    @SchemaMapping(typeName = "AuditEventConnection")
    int totalCount(Connection<Connection.Edge<AuditEvent>, Map<String, Object>> connection) {
        return (int) audit.count(connection.filter());
    }

    private static Map<String, Object> parameters(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInputException("filter.from", "from must be before to");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", filter.actor());
        parameters.put("subjectId", filter.subjectId());
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        return parameters;
    }
}
