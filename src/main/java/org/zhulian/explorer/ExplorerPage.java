package org.zhulian.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The caseworker explorer's page at {@code /explorer}: plain HTML and JavaScript modules
 * ({@code classpath:explorer/}) with Cytoscape.js from WebJars, talking only to {@code /graphql}.
 * The address never carries anything but the page's own path: what the caseworker looks at stays
 * out of browser history and server logs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ExplorerPage {

    private static final ClassPathResource PAGE = new ClassPathResource("explorer/index.html");

    @Bean
    RouterFunction<ServerResponse> explorer() {
        return RouterFunctions.route()
                .GET("/explorer", request -> ServerResponse.ok().cacheControl(CacheControl.noCache()).body(PAGE))
                .resources("/explorer/**", new ClassPathResource("explorer/"))
                .build();
    }
}
