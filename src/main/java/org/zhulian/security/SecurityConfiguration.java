package org.zhulian.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;

import com.nimbusds.jose.JOSEException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.zhulian.system.ZhulianProperties;

/**
 * The API takes bearer tokens only: no sessions, no cookies (so no CSRF to defend), nothing but
 * {@code /graphql} behind authentication (health and the static pages stay public). Tokens are
 * validated for signature, expiry, issuer and audience. In production they come from the city's
 * identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri}, with {@code audiences}); in demo mode from this instance's own demo issuer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphql").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAndScopes())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** {@code roles} claim → {@code ROLE_*}, {@code scope} claim → {@code SCOPE_*}. */
    private static JwtAuthenticationConverter rolesAndScopes() {
        var scopes = new JwtGrantedAuthoritiesConverter();
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        Converter<Jwt, Collection<GrantedAuthority>> both = jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
            authorities.addAll(roles.convert(jwt));
            return authorities;
        };
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(both);
        return converter;
    }

    @Bean
    @ConditionalOnBooleanProperty("zhulian.security.demo-tokens")
    DemoTokens demoTokens(ZhulianProperties zhulian, SecurityProperties security, Clock clock) {
        return new DemoTokens(DemoSigningKey.loadOrCreate(zhulian.dataDir().resolve("security").resolve("demo-signing-key.json")),
                security.audience(), clock);
    }

    @Bean
    @ConditionalOnBooleanProperty("zhulian.security.demo-tokens")
    JwtDecoder demoJwtDecoder(DemoTokens tokens, SecurityProperties security) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokens.publicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(DemoTokens.ISSUER), audience(security.audience())));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for " + audience, null));
    }
}
