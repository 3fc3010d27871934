package org.zhulian.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.zhulian.system.OwnerOnly;

/**
 * The demo issuer's RSA key, created on first start and kept in the data directory (readable by
 * its owner only), so tokens stay valid across restarts and no key ever sits in the repository.
 */
final class DemoSigningKey {

    private DemoSigningKey() {
    }

    static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            OwnerOnly.writeSecret(file, key.toJSONString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Unusable demo signing key in " + file, e);
        }
    }
}
