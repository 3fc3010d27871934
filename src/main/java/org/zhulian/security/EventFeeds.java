package org.zhulian.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zhulian.system.graphql.LargeRequests;

/** Department feeds (scope {@code events:write}) may send their batches of records in one request. */
@Component
class EventFeeds implements LargeRequests {

    @Override
    public boolean allowed(HttpServletRequest request) {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && Caller.of(token.getToken()).scopes().contains(Caller.EVENTS_WRITE);
    }
}
