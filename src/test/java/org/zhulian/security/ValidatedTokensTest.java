package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token's signature and claims are checked once, and again only once it has expired. */
class ValidatedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    /** Tokens "good-…" expire an hour from NOW, "forever-…" never; anything else is refused. Counts its checks. */
    final List<String> checks = new ArrayList<>();
    Instant now = NOW;
    final JwtDecoder issuer = token -> {
        checks.add(token);
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("caseworker").issuedAt(NOW.minusSeconds(60));
        if (token.startsWith("good-")) {
            if (!now.isBefore(NOW.plus(Duration.ofHours(1)))) {
                throw new BadJwtException("expired");
            }
            return jwt.expiresAt(NOW.plus(Duration.ofHours(1))).build();
        }
        if (token.startsWith("forever-")) {
            return jwt.build();
        }
        throw new BadJwtException("bad signature");
    };
    final ValidatedTokens tokens = new ValidatedTokens(issuer, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.decode("good-a").getSubject()).isEqualTo("caseworker");
        }
        tokens.decode("good-b");

        assertThat(checks).containsExactly("good-a", "good-b");
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefused() {
        tokens.decode("good-a");
        now = NOW.plus(Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(checks).containsExactly("good-a", "good-a", "good-a");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndATokenWithoutExpiryCheckedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        tokens.decode("forever-a");
        tokens.decode("forever-a");

        assertThat(checks).containsExactly("forged", "forged", "forever-a", "forever-a");
    }
}
