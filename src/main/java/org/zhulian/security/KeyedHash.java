package org.zhulian.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.zhulian.system.OwnerOnly;
import org.zhulian.system.ZhulianProperties;

/**
 * A keyed hash (HMAC-SHA256) of an identifier, for the audit log: an auditor can tell that two
 * refused look-ups asked for the same ID number, and check a suspected one with the key, but the log
 * never holds the number itself, and without the key no one can hash every possible number to
 * reverse it. The key comes from {@code zhulian.security.id-hash-key} (base64; the same on every
 * instance of a deployment) or, when that is empty, from a random key kept in the data directory.
 */
@Component
public class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    KeyedHash(SecurityProperties security, ZhulianProperties zhulian) {
        byte[] bytes = StringUtils.hasText(security.idHashKey()) ? Base64.getDecoder().decode(security.idHashKey().strip())
                : loadOrCreate(zhulian.dataDir().resolve("security").resolve("id-hash-key"));
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** {@code idn:} and the first 128 bits of the hash, in hex. */
    public String of(String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
            return "idn:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            OwnerOnly.writeSecret(file, Base64.getEncoder().encodeToString(bytes));
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
