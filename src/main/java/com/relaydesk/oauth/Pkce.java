package com.relaydesk.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** RFC 7636 proof key: a random verifier kept here, its S256 challenge sent to the browser. */
public record Pkce(String verifier, String challenge) {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    public static Pkce create(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String verifier = URL.encodeToString(bytes); // 43 characters of [A-Za-z0-9-_]
        return new Pkce(verifier, s256(verifier));
    }

    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A random value for the {@code state} parameter (CSRF protection). */
    public static String randomState(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Pkce[S256]";
    }
}
