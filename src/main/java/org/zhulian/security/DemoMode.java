package org.zhulian.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether this instance issues tokens for the demo users: only with the demo profile active (a
 * setting alone, such as {@code ZHULIAN_DEMO_ENABLED}, is not enough), never beside the production
 * profile, with the demo enabled, and only on the embedded database. With {@code NEO4J_URI} the
 * database may hold real people, so nothing turns token issuing on.
 */
class DemoMode extends SpringBootCondition {

    static final String DEMO = "zhulian.demo.enabled";
    static final String EXTERNAL_DATABASE = "spring.neo4j.uri";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("demo")) || environment.acceptsProfiles(Profiles.of("production"))
                || !environment.getProperty(DEMO, Boolean.class, false)) {
            return ConditionOutcome.noMatch("not in demo mode");
        }
        if (StringUtils.hasText(environment.getProperty(EXTERNAL_DATABASE))) {
            return ConditionOutcome.noMatch("demo tokens are never issued on a Neo4j server (NEO4J_URI)");
        }
        return ConditionOutcome.match("demo mode on the embedded database");
    }
}
