package org.zhulian.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zhulian.system.graphql.LargeRequests;

/**
 * Department feeds (machine clients whose token has {@code events:write}) may POST their batches of
 * records to {@code /graphql} in one request; nothing else, and nobody else, may send more than the
 * usual limit.
 */
@Component
class EventFeeds implements LargeRequests {

    @Override
    public boolean allowed(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI())
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return false;
        }
        Caller caller = Caller.of(token.getToken());
        return caller.role() == Role.PARTNER_APP && caller.writesEvents();
    }
}
