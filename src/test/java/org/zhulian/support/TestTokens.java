package org.zhulian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** A stand-in identity provider for tests: its own RSA key, tokens with any claims, the public key as PEM. */
public final class TestTokens {

    /** The issuer of this provider's tokens. */
    public static final String ISSUER = "https://idp.example.gov.cn";

    /**
     * The provider the test run trusts when the service issues no demo tokens (on a Neo4j server):
     * it signs the demo users' tokens instead.
     */
    public static final TestTokens RUN = new TestTokens();

    private final RSAKey key;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for {@code subject} with a role, signed by this provider. */
    public String token(String issuer, String audience, String subject, String role, Instant expires) {
        var claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject)
                .issueTime(Date.from(expires.minusSeconds(3600))).expirationTime(Date.from(expires))
                .claim("roles", List.of(role)).build();
        return sign(claims);
    }

    /** A token as the demo issuer would give one of the demo users. */
    public String forDemoUser(String user) {
        var claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("zhulian").subject(user)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        switch (user) {
            case "admin" -> claims.claim("roles", List.of("ADMIN"));
            case "caseworker-haishu" -> claims.claim("roles", List.of("CASEWORKER")).claim("region", "330203000000").claim("scope", "pii:unmask");
            case "caseworker-shiqi" -> claims.claim("roles", List.of("CASEWORKER")).claim("region", "330203009000");
            case "caseworker-changning" -> claims.claim("roles", List.of("CASEWORKER")).claim("region", "310105000000");
            case "caseworker-huayang" -> claims.claim("roles", List.of("CASEWORKER")).claim("region", "310105001000");
            case "caseworker-tongling" -> claims.claim("roles", List.of("CASEWORKER")).claim("region", "340700000000");
            case "charity-demo", "charity-a", "charity-b", "charity-c" -> claims.claim("roles", List.of("CHARITY"));
            case "provider-shiqi-homecare" -> claims.claim("roles", List.of("PROVIDER")).claim("provider", Stories.SHIQI_HOME_CARE_CENTRE);
            case "partner-medical-insurance" -> claims.claim("roles", List.of("PARTNER_APP")).claim("scope", "events:write");
            case "partner-hotline" -> claims.claim("roles", List.of("PARTNER_APP")).claim("region", "330203000000")
                    .claim("scope", "registry:read match:read");
            default -> {
                if (user.matches("charity-[1-9]\\d{0,2}")) {
                    claims.claim("roles", List.of("CHARITY"));
                    break;
                }
                if (!user.matches("grid-\\d{15}")) {
                    throw new IllegalArgumentException("No such demo user: " + user);
                }
                String grid = user.substring(5);
                claims.claim("roles", List.of("GRID_WORKER")).claim("region", grid).claim("grids", List.of(grid));
            }
        }
        return sign(claims.build());
    }

    /** A token with exactly these claims. */
    public String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key where {@code spring.security.oauth2.resourceserver.jwt.public-key-location} can read it. */
    public Path writePublicKey(Path directory) {
        try {
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            return Files.writeString(directory.resolve("idp-public.pem"), pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
