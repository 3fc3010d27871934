package org.zhulian.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says, loudly and last, when this instance hands out tokens to anyone who asks, and where it listens. */
@Component
class DemoModeNotice {

    private static final Logger log = LoggerFactory.getLogger(DemoModeNotice.class);

    private final ObjectProvider<DemoTokens> tokens;
    private final Environment environment;

    DemoModeNotice(ObjectProvider<DemoTokens> tokens, Environment environment) {
        this.tokens = tokens;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        boolean demo = environment.getProperty(DemoMode.DEMO, Boolean.class, false);
        if (tokens.getIfAvailable() != null && event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String address = environment.getProperty("server.address", "every interface");
            log.warn("DEMO MODE: anyone who reaches {} port {} can take an ADMIN token at /demo/tokens. "
                    + "Never put real people's data here.", address, web.getWebServer().getPort());
        } else if (demo && StringUtils.hasText(environment.getProperty(DemoMode.EXTERNAL_DATABASE))) {
            log.warn("Demo profile on a Neo4j server (NEO4J_URI): demo data only into an empty database, and no demo tokens; "
                    + "tokens come from the identity provider");
        }
    }
}
