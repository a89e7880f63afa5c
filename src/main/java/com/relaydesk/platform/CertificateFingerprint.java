package com.relaydesk.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a certificate as people compare it: upper-case hex pairs joined by
 * colons, the form Thunderbird, browsers and {@code openssl x509 -fingerprint -sha256} show.
 */
public final class CertificateFingerprint {

    private CertificateFingerprint() {
    }

    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("could not fingerprint a certificate: " + e.getMessage(), e);
        }
    }
}
