package com.relaydesk.cli;

import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificateNames;
import com.relaydesk.relay.tls.DemoServerCertificate;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/** What demo-server prints for a server on the network: where students connect and what they compare. */
final class DemoServerAddresses {

    private DemoServerAddresses() {
    }

    /**
     * The address students type: the bound one, or for 0.0.0.0 the names the certificate carries
     * (its IPv4 addresses first — the one a student can always type — then host names).
     */
    static String shown(String bound, DemoServerCertificate.Loaded certificate) {
        try {
            if (!InetAddress.getByName(bound).isAnyLocalAddress()) {
                return bound;
            }
        } catch (UnknownHostException e) {
            return bound;
        }
        List<String> names = CertificateNames.of(certificate.certificate());
        List<String> ipv4 = names.stream().filter(n -> n.matches("[0-9.]+")).distinct().toList();
        List<String> shown = ipv4.isEmpty() ? names : ipv4;
        return String.join(" or ", shown.subList(0, Math.min(3, shown.size())));
    }

    static void printCertificate(PrintWriter out, DemoServerCertificate.Loaded certificate) {
        out.printf(Locale.ROOT, "  Certificate   SHA-256 %s%n", CertificateFingerprint.sha256(certificate.certificate()));
        out.printf(Locale.ROOT, "  Certificate   %s%n", certificate.pemFile().toAbsolutePath());
        out.printf(Locale.ROOT, "  Valid for     %s%n%n", String.join(", ", CertificateNames.of(certificate.certificate())));
        out.println("Students: in RelayDesk's \"Connect a mailbox\" choose SSL/TLS, then compare the SHA-256 fingerprint"
                + " RelayDesk shows with the one above, character by character, before clicking \"Trust this certificate\".");
        if (certificate.created()) {
            out.println("A new certificate was made: anyone who trusted an earlier one must compare and trust this one.");
        }
        if (!certificate.notNamed().isEmpty()) {
            out.println("The kept certificate does not name " + String.join(", ", certificate.notNamed())
                    + " (this computer's address now): students must type a name it does carry, or delete "
                    + certificate.pemFile().getParent() + " and start again for a new certificate (to be trusted anew).");
        }
        out.println();
    }
}
