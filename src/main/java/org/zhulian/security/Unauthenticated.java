package org.zhulian.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A 401 that says what to do: the standard {@code WWW-Authenticate} header, and a GraphQL error
 * body naming how to get a token (in demo mode, where).
 */
class Unauthenticated implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final String body;

    Unauthenticated(boolean demo) {
        String how = demo
                ? "A bearer token is required. In this demo, POST /demo/tokens with {\\\"user\\\": \\\"admin\\\"} (GET /demo/users lists the users) and send Authorization: Bearer <token>."
                : "A bearer token from the identity provider is required: send Authorization: Bearer <token>.";
        this.body = "{\"errors\":[{\"message\":\"" + how + "\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        response.setContentType("application/json");
        response.getWriter().write(body);
    }
}
