package com.relaydesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificatePem;
import com.relaydesk.testing.NetworkRelay;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * demo-server on the classroom network, reached through RelayDesk's own connection path
 * (ConnectionCheck, MailboxLogin, ImapBackend over MailSessions): refused until its certificate is
 * trusted, accepted after, refused again — showing the new fingerprint — when the certificate changes.
 */
class ClassroomServerTest {

    @TempDir
    Path trainer;
    @TempDir
    Path student;

    private NetworkRelay server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private AccountSettings settings(Security security) {
        return new AccountSettings(server.relay.sellerAddress(), null,
                new ServerEndpoint(server.address, server.relay.imapPort(), security),
                new ServerEndpoint(server.address, server.relay.smtpPort(), security), List.of(), true);
    }

    private List<ConnectionCheck.Step> check(AccountSettings settings) {
        return ConnectionCheck.run(settings, server.relay.sellerPassword().toCharArray(), new MailboxLogin());
    }

    private MailAccount imap(AccountSettings settings) {
        return MailAccount.of(server.address, server.relay.imapPort(), server.relay.sellerAddress(),
                server.relay.sellerPassword(), Security.TLS).withTrustedCertificate(settings.trustedCertificate());
    }

    private static ConnectionCheck.Step last(List<ConnectionCheck.Step> steps) {
        return steps.get(steps.size() - 1);
    }

    @Test
    void anUntrustedCertificateIsRefusedWithItsFingerprintAndOnceTrustedTheMailboxOpens() throws Exception {
        server = NetworkRelay.start(trainer.resolve("tls"));
        String fingerprint = CertificateFingerprint.sha256(server.certificate.certificate());
        AccountSettings untrusted = settings(Security.TLS);

        ConnectionCheck.Step refused = last(check(untrusted));
        assertEquals("IMAP certificate", refused.name());
        assertFalse(refused.passed());
        assertNotNull(refused.certificate(), "the refused certificate comes with the step");
        assertEquals(CertificateProblem.Kind.UNTRUSTED, refused.certificate().kind());
        assertEquals(fingerprint, refused.certificate().fingerprint());
        assertTrue(refused.certificate().namesHost(), server.address + " is among " + refused.certificate().names());
        assertTrue(refused.detail().contains(fingerprint), refused.detail());
        MailException sync = assertThrows(MailException.class, () -> {
            try (ImapBackend backend = new ImapBackend(imap(untrusted))) {
                backend.connect();
            }
        });
        assertTrue(sync.getMessage().contains(fingerprint), sync.getMessage());

        AccountSettings trusted = new AccountSetup(student, new MailboxLogin()).trust(untrusted, refused.certificate());
        assertTrue(trusted.trustedCertificate().startsWith(student.resolve(TrustedCertificates.FOLDER)));
        List<ConnectionCheck.Step> steps = check(trusted);
        assertTrue(steps.stream().allMatch(ConnectionCheck.Step::passed), steps.toString());
        assertEquals("Login and folders", last(steps).name());
        try (ImapBackend backend = new ImapBackend(imap(trusted))) {
            backend.connect();
            assertTrue(backend.folders().contains("INBOX"));
        }
    }

    @Test
    void aChangedCertificateIsRefusedAgainShowingTheNewFingerprint() throws Exception {
        server = NetworkRelay.start(trainer.resolve("tls"));
        AccountSettings trusted = trustRefused(settings(Security.TLS));
        assertTrue(check(trusted).stream().allMatch(ConnectionCheck.Step::passed));
        int imapPort = server.relay.imapPort();
        int smtpPort = server.relay.smtpPort();
        server.close();

        // the trainer made a new certificate; the server is where it was
        server = NetworkRelay.start(trainer.resolve("another-tls"), imapPort, smtpPort);
        AccountSettings sameTrust = settings(Security.TLS).withTrustedCertificate(trusted.trustedCertificate());
        String newFingerprint = CertificateFingerprint.sha256(server.certificate.certificate());
        assertNotEquals(CertificateFingerprint.sha256(
                com.relaydesk.platform.CertificatePem.read(trusted.trustedCertificate()).get(0)), newFingerprint);

        ConnectionCheck.Step refused = last(check(sameTrust));
        assertFalse(refused.passed());
        assertEquals(CertificateProblem.Kind.CHANGED, refused.certificate().kind());
        assertEquals(newFingerprint, refused.certificate().fingerprint());
        assertTrue(refused.detail().contains("changed") && refused.detail().contains(newFingerprint), refused.detail());
        MailException sync = assertThrows(MailException.class, () -> {
            try (ImapBackend backend = new ImapBackend(imap(sameTrust))) {
                backend.connect();
            }
        });
        assertTrue(sync.getMessage().contains(newFingerprint), sync.getMessage());
    }

    @Test
    void trustingTheChangedCertificateReplacesTheOldOneWhichIsRefusedFromThenOn() throws Exception {
        server = NetworkRelay.start(trainer.resolve("tls"));
        int imapPort = server.relay.imapPort();
        int smtpPort = server.relay.smtpPort();
        X509Certificate old = server.certificate.certificate();
        AccountSettings trusted = trustRefused(settings(Security.TLS));
        server.close();
        server = NetworkRelay.start(trainer.resolve("another-tls"), imapPort, smtpPort);
        X509Certificate replacement = server.certificate.certificate();

        AccountSettings retrusted = trustRefused(settings(Security.TLS).withTrustedCertificate(trusted.trustedCertificate()));
        assertTrue(check(retrusted).stream().allMatch(ConnectionCheck.Step::passed));
        assertEquals(List.of(replacement), CertificatePem.read(retrusted.trustedCertificate()), "the old one is gone");
        server.close();

        server = NetworkRelay.start(trainer.resolve("tls"), imapPort, smtpPort); // the old key, back (stolen?)
        assertEquals(old, server.certificate.certificate());
        ConnectionCheck.Step refused = last(check(settings(Security.TLS).withTrustedCertificate(retrusted.trustedCertificate())));
        assertFalse(refused.passed(), "the old key is no longer trusted");
        assertEquals(CertificateProblem.Kind.CHANGED, refused.certificate().kind());
    }

    /** Checks, expects a refused IMAP certificate, trusts it as the dialog's button does. */
    private AccountSettings trustRefused(AccountSettings settings) throws Exception {
        ConnectionCheck.Step refused = last(check(settings));
        assertEquals("IMAP certificate", refused.name(), refused.detail());
        return new AccountSetup(student, new MailboxLogin()).trust(settings, refused.certificate());
    }

    @Test
    void plainTextToTheClassroomAddressIsStillRefused() {
        server = NetworkRelay.start(trainer.resolve("tls"));
        ConnectionCheck.Step refused = last(check(settings(Security.PLAIN)));
        assertEquals("IMAP encryption", refused.name());
        assertFalse(refused.passed());
        MailException e = assertThrows(MailException.class, () -> MailAccount.of(server.address,
                server.relay.imapPort(), "seller", "x", Security.PLAIN).checkTransportAllowed());
        assertTrue(e.getMessage().contains("without encryption"), e.getMessage());
    }
}
