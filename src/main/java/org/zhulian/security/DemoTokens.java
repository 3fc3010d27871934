package org.zhulian.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs the demo principals' tokens: the claims a city's identity provider would put in them. */
public class DemoTokens {

    static final String ISSUER = "zhulian-demo";
    static final Duration LIFETIME = Duration.ofHours(8);

    private final RSAKey key;
    private final String audience;
    private final Clock clock;

    DemoTokens(RSAKey key, String audience, Clock clock) {
        this.key = key;
        this.audience = audience;
        this.clock = clock;
    }

    RSAPublicKey publicKey() throws JOSEException {
        return key.toRSAPublicKey();
    }

    String issue(DemoPrincipals.Principal principal) {
        return issue(principal, LIFETIME, audience);
    }

    String issue(DemoPrincipals.Principal principal, Duration lifetime, String forAudience) {
        Instant now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(principal.user())
                .audience(forAudience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("roles", List.of(principal.role().name()))
                .claim("scope", String.join(" ", principal.scopes()));
        if (principal.regionCode() != null) {
            claims.claim("region", principal.regionCode());
        }
        if (!principal.grids().isEmpty()) {
            claims.claim("grids", principal.grids());
        }
        if (principal.provider() != null) {
            claims.claim("provider", principal.provider());
        }
        if (!principal.departments().isEmpty()) {
            claims.claim("departments", principal.departments());
        }
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo token", e);
        }
    }
}
