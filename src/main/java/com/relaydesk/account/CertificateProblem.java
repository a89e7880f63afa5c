package com.relaydesk.account;

import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificateNames;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A server certificate the connection check refused, with what the user needs to decide:
 * who it claims to be, the names it is valid for, its validity and its fingerprint.
 *
 * @param host        the server name the user typed
 * @param certificate the certificate the server presented (the leaf)
 */
public record CertificateProblem(Kind kind, String host, int port, X509Certificate certificate) {

    /** Why the certificate was refused. */
    public enum Kind {
        /** No authority signed it and the user has not trusted it (a self-signed server). */
        UNTRUSTED,
        /** The user trusted a certificate for this mailbox, and the server now shows another. */
        CHANGED,
        /** Trusted, but it does not name the server as typed: the host-name check stays on. */
        NOT_FOR_THIS_HOST
    }

    public CertificateProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(certificate, "certificate");
    }

    public String fingerprint() {
        return CertificateFingerprint.sha256(certificate);
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    public List<String> names() {
        return CertificateNames.of(certificate);
    }

    public Instant validFrom() {
        return certificate.getNotBefore().toInstant();
    }

    public Instant validUntil() {
        return certificate.getNotAfter().toInstant();
    }

    /**
     * Whether the certificate names {@code host} — an address among its IP names, a name among its
     * DNS names (one leading {@code *.} label allowed) — so trusting it lets the host-name check pass.
     */
    public boolean namesHost() {
        return namesHost(certificate, host);
    }

    /** Whether {@code certificate} is valid for {@code host} (see {@link #namesHost()}). */
    public static boolean namesHost(X509Certificate certificate, String host) {
        String typed = host.toLowerCase(Locale.ROOT);
        for (String name : CertificateNames.of(certificate)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(typed) || sameAddress(n, typed) || wildcardMatches(n, typed)) {
                return true;
            }
        }
        return false;
    }

    /** "*.shop.example" names "mail.shop.example", not "shop.example" nor "a.mail.shop.example". */
    private static boolean wildcardMatches(String name, String typed) {
        if (!name.startsWith("*.")) {
            return false;
        }
        String suffix = name.substring(1);
        return typed.endsWith(suffix) && typed.length() > suffix.length()
                && typed.substring(0, typed.length() - suffix.length()).indexOf('.') < 0;
    }

    private static boolean sameAddress(String a, String b) {
        if (!CertificateNames.isAddressLiteral(a) || !CertificateNames.isAddressLiteral(b)) {  // never look a name up here
            return false;
        }
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
