package com.relaydesk.relay;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The key and certificate the relay serves IMAPS and SMTPS with. Plain JDK types on purpose:
 * the relay starts in the app and in tests without loading the code that made the certificate.
 *
 * @param keyStore    holds one private key entry with {@code certificate}
 * @param keyPassword the password of that key entry
 */
public record TlsIdentity(KeyStore keyStore, char[] keyPassword, X509Certificate certificate) {

    public TlsIdentity {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyPassword, "keyPassword");
        Objects.requireNonNull(certificate, "certificate");
    }
}
