package org.zhulian.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.util.StringUtils;

/**
 * What every token must carry beyond a valid signature: an expiry (a token without one would be good
 * forever), a subject (the audit log names who acted), the expected issuer and audience.
 */
final class TokenRules {

    private TokenRules() {
    }

    /** Expiry and subject present; the issuer named, when one is given. */
    static OAuth2TokenValidator<Jwt> required(String issuer) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
        rules.add(jwt -> jwt.getExpiresAt() != null ? OAuth2TokenValidatorResult.success() : invalid("The token has no expiry (exp)"));
        rules.add(jwt -> StringUtils.hasText(jwt.getSubject()) ? OAuth2TokenValidatorResult.success() : invalid("The token names no subject (sub)"));
        if (StringUtils.hasText(issuer)) {
            rules.add(new JwtIssuerValidator(issuer));
        }
        return new DelegatingOAuth2TokenValidator<>(rules);
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success() : invalid("The token is not for " + audience);
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
