package org.zhulian.system.graphql;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/** Wires the schema's custom scalars, the query limits, the parsed-document cache and GraphQL over HTTP GET. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** Spring Boot's default order of the security filter chain ({@code spring.security.filter.order}). */
    static final int SECURITY_FILTER_ORDER = -100;

    /** About a thousand typical documents; at most a few megabytes of syntax trees. */
    @Bean
    ParsedDocumentCache parsedDocumentCache() {
        return new ParsedDocumentCache(1_000_000);
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments(ParsedDocumentCache cache) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    @Bean
    Instrumentation queryLimits(ParsedDocumentCache cache) {
        return new QueryLimits(cache::forget);
    }

    /** Right after Spring Security's filter chain (order -100), so that it knows who is asking. */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ObjectProvider<LargeRequests> large) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(large.getIfAvailable(() -> request -> LargeRequests.USUAL_BYTES)));
        registration.setOrder(SECURITY_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME);
    }

    /** Ahead of Spring's POST-only route on the same path, which would answer GET with 405. */
    @Bean
    @ConditionalOnWebApplication
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(GraphQlProperties properties, WebGraphQlHandler handler, JsonMapper json) {
        var get = new GraphQlGetHandler(handler, json);
        return RouterFunctions.route(RequestPredicates.GET(properties.getHttp().getPath()), get::handle);
    }
}
