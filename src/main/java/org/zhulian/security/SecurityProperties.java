package org.zhulian.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param audience the audience every accepted token must name
 * @param issuer   the issuer every token must name when the identity provider is configured by its
 *                 key or key set ({@code public-key-location}, {@code jwk-set-uri}); with
 *                 {@code issuer-uri} that one is checked instead
 * @param idHashKey the key (base64) of the keyed hash that names ID numbers in the audit log; empty:
 *                  a random key kept in the data directory
 */
@ConfigurationProperties("zhulian.security")
public record SecurityProperties(@DefaultValue("zhulian") String audience, String issuer, String idHashKey) {
}
