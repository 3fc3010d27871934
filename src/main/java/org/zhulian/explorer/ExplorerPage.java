package org.zhulian.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.zhulian.system.PageRoutes;

/**
 * The caseworker explorer's page at {@code /explorer}: plain HTML and JavaScript modules
 * ({@code classpath:explorer/}) with Cytoscape.js and Leaflet from WebJars, talking only to
 * {@code /graphql}. The address carries nothing but the page's path and a saved view's id: what the
 * caseworker looks at stays out of browser history and server logs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ExplorerPage {

    @Bean
    RouterFunction<ServerResponse> explorer() {
        return PageRoutes.of("explorer");
    }
}
