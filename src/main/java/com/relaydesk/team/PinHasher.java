package com.relaydesk.team;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PINs are kept only as PBKDF2-HMAC-SHA256 hashes with a random salt per PIN, written
 * {@code pbkdf2-sha256$<rounds>$<salt>$<hash>} (Base64), so the rounds of an old hash stay
 * readable when the default grows.
 */
public final class PinHasher {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; one check took about 0.15 s on the 2-core build machine. */
    public static final int DEFAULT_ROUNDS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int rounds;
    private final SecureRandom random;

    public PinHasher() {
        this(DEFAULT_ROUNDS, new SecureRandom());
    }

    /** Fewer rounds make tests fast; the stored rounds are always the ones used to check. */
    public PinHasher(int rounds, SecureRandom random) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be positive: " + rounds);
        }
        this.rounds = rounds;
        this.random = random;
    }

    /** A PIN is 4 to 12 digits; says why not otherwise. */
    public static void checkAcceptable(char[] pin) {
        if (pin == null || pin.length < 4 || pin.length > 12) {
            throw new IllegalArgumentException("A PIN has 4 to 12 digits.");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("A PIN has digits only.");
            }
        }
    }

    public String hash(char[] pin) {
        checkAcceptable(pin);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + rounds + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(pin, salt, rounds));
    }

    /** True when {@code pin} is the one {@code stored} was made from; compares in constant time. */
    public boolean matches(char[] pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedRounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, storedRounds));
        } catch (IllegalArgumentException damaged) {
            return false;
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
