package org.zhulian.system.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies above {@link #MAX_BYTES} with 413 before anything reads them: no
 * legitimate document with its variables comes near it, and parsing megabytes is work an attacker
 * gets for free.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;

    private final String path;

    RequestSizeLimit(String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        int queryLength = request.getQueryString() == null ? 0 : request.getQueryString().length();
        if (length > MAX_BYTES || queryLength > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(GraphQlGetHandler.GRAPHQL_RESPONSE.toString());
            response.getWriter().write("{\"errors\":[{\"message\":\"Request larger than " + MAX_BYTES
                    + " bytes\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
