package org.zhulian.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.zhulian.system.ZhulianProperties;

/**
 * The API takes bearer tokens only: no sessions, no cookies (so no CSRF to defend), nothing under
 * {@code /graphql} without authentication (health and the static pages stay public). Tokens are
 * validated for signature, expiry, issuer, audience and subject. In production they come from the
 * city's identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, or
 * {@code jwk-set-uri} / {@code public-key-location} with {@code zhulian.security.issuer}); in demo
 * mode on the embedded database from this instance's own demo issuer ({@link DemoMode}). Without
 * either the service does not start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String NO_ISSUER = """
            No identity provider is configured, so no token could ever be accepted. Set \
            SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI, or ..._JWK_SET_URI or ..._PUBLIC_KEY_LOCATION \
            together with ZHULIAN_TOKEN_ISSUER; or run the demo on the embedded database: SPRING_PROFILES_ACTIVE=demo.""";

    /**
     * The pages (GraphiQL, the explorer) load and talk to nothing but this origin, and the map tile
     * server when one is configured (images only): a script injected into one could not send what it
     * reads elsewhere, nor load more code.
     */
    static String pagePolicy(String tileTemplate) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tileOrigin(tileTemplate)
                + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    private static final Pattern TILE_HOST = Pattern.compile("^(https?://)([^/?#]+)");

    /** " https://*.tianditu.gov.cn" for https://t{s}.tianditu.gov.cn/…, or nothing. */
    private static String tileOrigin(String template) {
        if (!StringUtils.hasText(template)) {
            return "";
        }
        Matcher matcher = TILE_HOST.matcher(template.strip());
        if (!matcher.find()) {
            throw new IllegalStateException("zhulian.map.tiles.url-template must start with http:// or https:// and a host");
        }
        return " " + matcher.group(1) + matcher.group(2).replaceFirst("^[^.]*\\{s\\}[^.]*", "*");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> decoder, Environment environment,
                            ObjectProvider<DemoTokens> demo, Clock clock) throws Exception {
        if (decoder.getIfAvailable() == null) {
            throw new IllegalStateException(NO_ISSUER);
        }
        if (demo.getIfAvailable() == null && !environment.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                && !StringUtils.hasText(environment.getProperty("zhulian.security.issuer"))) {
            throw new IllegalStateException("The identity provider is given by its key: set ZHULIAN_TOKEN_ISSUER to the issuer its tokens must name.");
        }
        var unauthenticated = new Unauthenticated(demo.getIfAvailable() != null);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphql", "/graphql/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(new ValidatedTokens(decoder.getObject(), clock)).jwtAuthenticationConverter(rolesAndScopes()))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        pagePolicy(environment.getProperty("zhulian.map.tiles.url-template")))))
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

    /** Added by Boot to the identity provider's decoder, beside its own checks: in every profile, the audience too. */
    @Bean
    OAuth2TokenValidator<Jwt> requiredClaims(SecurityProperties security) {
        return new DelegatingOAuth2TokenValidator<>(TokenRules.required(security.issuer()), TokenRules.audience(security.audience()));
    }

    @Bean
    @Conditional(DemoMode.class)
    DemoTokens demoTokens(ZhulianProperties zhulian, SecurityProperties security, Clock clock) {
        return new DemoTokens(DemoSigningKey.loadOrCreate(zhulian.dataDir().resolve("security").resolve("demo-signing-key.json")),
                security.audience(), clock);
    }

    @Bean
    @Conditional(DemoMode.class)
    JwtDecoder demoJwtDecoder(DemoTokens tokens, SecurityProperties security) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokens.publicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                TokenRules.required(DemoTokens.ISSUER), TokenRules.audience(security.audience())));
        return decoder;
    }
}
