package org.zhulian.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    GraphQlHttp graphQlHttp(WebServerApplicationContext context) {
        return new GraphQlHttp(() -> context.getWebServer().getPort());
    }
}
