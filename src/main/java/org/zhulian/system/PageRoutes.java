package org.zhulian.system;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A page of plain HTML and scripts served from {@code classpath:<name>/}: {@code /<name>} is its
 * {@code index.html} (never cached, so a new version is picked up at once), {@code /<name>/**} its
 * scripts and styles. Its libraries come from {@code /webjars}.
 */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static RouterFunction<ServerResponse> of(String name) {
        ClassPathResource page = new ClassPathResource(name + "/index.html");
        return RouterFunctions.route()
                .GET("/" + name, request -> ServerResponse.ok().cacheControl(CacheControl.noCache()).body(page))
                .resources("/" + name + "/**", new ClassPathResource(name + "/"))
                .build();
    }
}
