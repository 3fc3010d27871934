package org.zhulian.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoTokens whether this instance issues its own tokens for the demo principals
 *                   ({@code POST /demo/tokens}); never in production, where the city's identity
 *                   provider issues them ({@code spring.security.oauth2.resourceserver.jwt.*})
 * @param audience   the audience every accepted token must name
 */
@ConfigurationProperties("zhulian.security")
public record SecurityProperties(@DefaultValue("true") boolean demoTokens, @DefaultValue("zhulian") String audience) {
}
