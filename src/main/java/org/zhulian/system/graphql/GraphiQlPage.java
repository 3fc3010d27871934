package org.zhulian.system.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.zhulian.system.PageRoutes;

/**
 * GraphiQL served from the application's own origin ({@code classpath:graphiql/}, with React and
 * GraphiQL from WebJars), in place of Spring for GraphQL's page, which loads them from esm.sh and so
 * stays blank on a network without internet. Off in production ({@code zhulian.graphiql.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("zhulian.graphiql.enabled")
class GraphiQlPage {

    @Bean
    RouterFunction<ServerResponse> graphiQl() {
        return PageRoutes.of("graphiql");
    }
}
