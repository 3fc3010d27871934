package org.zhulian.system.graphql;

import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
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

/** Wires the schema's custom scalars, the depth limit, the parsed-document cache and GraphQL over HTTP GET. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    static final int MAX_DEPTH = 12;

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1000)));
    }

    /**
     * Relationships make the schema cyclic ({@code kin { person { kin … } } }), so a short document
     * could otherwise ask for an answer exponential in its depth. Checked before any data is fetched.
     */
    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME);
    }

    /** Ahead of Spring's POST-only route on the same path, which would answer GET with 405. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(GraphQlProperties properties, WebGraphQlHandler handler, JsonMapper json) {
        var get = new GraphQlGetHandler(handler, json);
        return RouterFunctions.route(RequestPredicates.GET(properties.getHttp().getPath()), get::handle);
    }
}
