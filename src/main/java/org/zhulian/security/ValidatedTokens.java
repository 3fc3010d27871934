package org.zhulian.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.ConcurrentLruCache;

/**
 * A token is checked once: its signature and claims the first time it comes, then it is looked up
 * until it expires. A partner app or a caseworker's page sends the same token with every request,
 * and verifying its signature again each time cost more than a household's archive read from the
 * database. The whole token is the key, signature included, so only the very token checked is
 * taken; one without an expiry is checked every time; and a kept one is not taken a moment past
 * its expiry (it is checked again, and then refused).
 */
class ValidatedTokens implements JwtDecoder {

    /** Distinct tokens kept: far more than the callers of an hour; the least recently used go first. */
    static final int CAPACITY = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentLruCache<String, Jwt> checked;

    ValidatedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.checked = new ConcurrentLruCache<>(CAPACITY, decoder::decode);
    }

    @Override
    public Jwt decode(String token) {
        if (token == null) {
            throw new BadJwtException("No token");
        }
        Jwt jwt = checked.get(token);
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            checked.remove(token);
        } else if (!clock.instant().isBefore(expiresAt)) {
            checked.remove(token);
            return decoder.decode(token);
        }
        return jwt;
    }
}
