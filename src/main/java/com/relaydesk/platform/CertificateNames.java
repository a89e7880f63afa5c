package com.relaydesk.platform;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The host names and addresses a certificate is valid for: its DNS and IP Subject Alternative Names. */
public final class CertificateNames {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CertificateNames() {
    }

    /** Each name once, in the certificate's order; empty when it names none or they cannot be read. */
    public static List<String> of(X509Certificate certificate) {
        try {
            Set<String> names = new LinkedHashSet<>();
            for (List<?> entry : alternatives(certificate)) {
                int type = (Integer) entry.get(0);
                if (type == DNS_NAME || type == IP_ADDRESS) {
                    names.add(String.valueOf(entry.get(1)));
                }
            }
            return List.copyOf(names);
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** Its DNS names, in order. */
    public static List<String> dnsNames(X509Certificate certificate) throws CertificateParsingException {
        return ofType(certificate, DNS_NAME);
    }

    /** Its IP addresses as text, in order. */
    public static List<String> ipAddresses(X509Certificate certificate) throws CertificateParsingException {
        return ofType(certificate, IP_ADDRESS);
    }

    /** Whether a server name as typed is an IP address ("192.0.2.7", "fd00::2") rather than a host name. */
    public static boolean isAddressLiteral(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static List<String> ofType(X509Certificate certificate, int wanted) throws CertificateParsingException {
        List<String> names = new ArrayList<>();
        for (List<?> entry : alternatives(certificate)) {
            if ((Integer) entry.get(0) == wanted) {
                names.add(String.valueOf(entry.get(1)));
            }
        }
        return names;
    }

    private static Collection<List<?>> alternatives(X509Certificate certificate) throws CertificateParsingException {
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        return alternatives == null ? List.of() : alternatives;
    }
}
