package org.zhulian.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zhulian.system.graphql.LargeRequests;

/**
 * Who may POST more than the usual limit to {@code /graphql}: a department feed (a machine client
 * whose token has {@code events:write}) its batches of records, and registry staff (caseworkers,
 * administrators) a saved view of the explorer's 2,000 nodes and 10,000 edges. Nobody else, and
 * nobody on any other path.
 */
@Component
class LargeRequestCallers implements LargeRequests {

    /** 10,000 department records with their details, and room to spare. */
    static final int FEED_BYTES = 8 * 1024 * 1024;
    /** A saved view at its caps: about 90 bytes a node and 130 an edge, and room to spare. */
    static final int VIEW_BYTES = 2 * 1024 * 1024;

    @Override
    public int maxBytes(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI())
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return USUAL_BYTES;
        }
        Caller caller = Caller.of(token.getToken());
        if (caller.role() == Role.PARTNER_APP && caller.writesEvents()) {
            return FEED_BYTES;
        }
        return caller.role() == Role.CASEWORKER || caller.role() == Role.ADMIN ? VIEW_BYTES : USUAL_BYTES;
    }
}
