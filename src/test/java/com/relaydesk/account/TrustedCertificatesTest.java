package com.relaydesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.platform.CertificatePem;
import com.relaydesk.relay.tls.SelfSignedCertificate;
import com.relaydesk.relay.tls.SubjectNames;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trusting a server's new certificate replaces the one trusted for that server before, so a key
 * the server gave up is not trusted for ever; the other servers' certificates (IMAP and SMTP may
 * each show their own) stay.
 */
class TrustedCertificatesTest {

    @TempDir
    Path data;

    @Test
    void aNewCertificateForTheImapServerReplacesItsOldOneAndKeepsTheSmtpServers() throws Exception {
        X509Certificate imapOld = certificate("mail.shop.example");
        X509Certificate smtp = certificate("mail.shop.example");
        X509Certificate imapNew = certificate("mail.shop.example");
        TrustedCertificates trusted = new TrustedCertificates(data);

        Path file = trusted.trust(null, refused("mail.shop.example", 993, imapOld));
        file = trusted.trust(file, refused("mail.shop.example", 465, smtp));
        assertEquals(List.of(imapOld, smtp), CertificatePem.read(file));

        Path replaced = trusted.trust(file, refused("Mail.Shop.Example", 993, imapNew));
        assertEquals(List.of(smtp, imapNew), CertificatePem.read(replaced));
        assertEquals(List.of(imapOld, smtp), CertificatePem.read(file), "the file the saved account uses is unchanged");
    }

    @Test
    void inAFileThatNamesNoServersTheCertificatesNamingTheHostAreReplaced() throws Exception {
        X509Certificate old = certificate("mail.shop.example");
        X509Certificate otherServer = certificate("backup.shop.example");
        Path before = data.resolve("ca-cert.pem"); // written before servers were noted, or handed in with --ca-cert
        Files.writeString(before, CertificatePem.encode(old) + CertificatePem.encode(otherServer), StandardCharsets.US_ASCII);
        X509Certificate changed = certificate("mail.shop.example");

        Path file = new TrustedCertificates(data).trust(before, refused("mail.shop.example", 993, changed));
        assertEquals(List.of(otherServer, changed), CertificatePem.read(file));
    }

    private static CertificateProblem refused(String host, int port, X509Certificate certificate) {
        return new CertificateProblem(CertificateProblem.Kind.CHANGED, host, port, certificate);
    }

    private static X509Certificate certificate(String host) throws Exception {
        return SelfSignedCertificate.generate(new SubjectNames(List.of(host), List.of(InetAddress.getByName("192.0.2.7"))),
                Instant.now()).certificate();
    }
}
