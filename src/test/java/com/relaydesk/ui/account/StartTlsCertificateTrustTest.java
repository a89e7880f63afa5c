package com.relaydesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.account.AccountSetup;
import com.relaydesk.account.ConnectionCheck;
import com.relaydesk.account.MailboxLogin;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.SmtpStartTlsFront;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.platform.CertificateFingerprint;
import com.relaydesk.platform.CertificatePem;
import com.relaydesk.relay.tls.DemoServerCertificate;
import com.relaydesk.relay.tls.SubjectNames;
import com.relaydesk.ui.common.UiTasks;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seller's own server that offers STARTTLS (IMAP on 143, submission on 587) with a self-signed
 * certificate: Connect a mailbox shows each refused certificate, captured in the STARTTLS
 * handshake, and offers Trust this certificate, as for a TLS port; once both are trusted the
 * test passes, login included. IMAP is the private Dovecot (STARTTLS on its plain port); SMTP is
 * GreenMail behind a STARTTLS front with its own self-signed key.
 */
class StartTlsCertificateTrustTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataFolder;
    @TempDir
    Path smtpKeyFolder;

    @Test
    void eachRefusedStartTlsCertificateIsShownWithTrustOfferedAndTrustingBothMakesTheTestPass() throws Exception {
        DemoServerCertificate.Loaded smtpKey = DemoServerCertificate.loadOrCreate(smtpKeyFolder,
                new SubjectNames(List.of(), List.of(InetAddress.getByName("127.0.0.1"))), Instant.now());
        String imapFingerprint = CertificateFingerprint.sha256(CertificatePem.read(DOVECOT.server().certificate()).get(0));
        String smtpFingerprint = CertificateFingerprint.sha256(smtpKey.certificate());
        try (SmtpStartTlsFront smtp = new SmtpStartTlsFront(greenMail.getSmtp().getPort(), smtpKey.identity().keyStore(),
                smtpKey.identity().keyPassword())) {
            AccountSetupViewModel dialog = new AccountSetupViewModel(new AccountSetup(dataFolder, new MailboxLogin()),
                    UiTasks.sameThread(), page -> { });
            dialog.addressProperty().set("seller@example.org");
            dialog.userProperty().set("seller");
            dialog.passwordProperty().set("secret");
            dialog.imapHostProperty().set("127.0.0.1");
            dialog.imapPortProperty().set(Integer.toString(DOVECOT.server().port()));
            dialog.imapSecurityProperty().set(Security.STARTTLS);
            dialog.smtpHostProperty().set("127.0.0.1");
            dialog.smtpPortProperty().set(Integer.toString(smtp.port()));
            dialog.smtpSecurityProperty().set(Security.STARTTLS);

            dialog.testConnection();
            assertRefused(dialog, "IMAP certificate", imapFingerprint);

            dialog.trustCertificate(); // and the test runs again
            assertRefused(dialog, "SMTP certificate", smtpFingerprint);

            dialog.trustCertificate();
            assertEquals("Everything works. Save to use this mailbox.", dialog.outcomeProperty().get());
            ConnectionCheck.Step imap = dialog.steps().stream().filter(s -> s.name().equals("IMAP certificate")).findFirst()
                    .orElseThrow();
            assertTrue(imap.detail().contains("after STARTTLS"), imap.detail());
            assertEquals("Login and folders", dialog.steps().get(dialog.steps().size() - 1).name());
            assertEquals(2, CertificatePem.read(dialog.settings().trustedCertificate()).size());
        }
    }

    @Test
    void aServerWithoutStartTlsIsToldApartFromACertificateProblem() {
        com.relaydesk.account.ServerEndpoint plainOnly = new com.relaydesk.account.ServerEndpoint("127.0.0.1",
                greenMail.getImap().getPort(), Security.STARTTLS); // GreenMail has no STARTTLS
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(new com.relaydesk.account.AccountSettings(
                "seller@example.org", "seller", plainOnly, plainOnly, List.of(), true), "secret".toCharArray(),
                new MailboxLogin());

        ConnectionCheck.Step last = steps.get(steps.size() - 1);
        assertEquals("IMAP certificate", last.name());
        assertTrue(last.certificate() == null && last.detail().contains("did not agree to STARTTLS")
                && last.detail().contains("choose TLS"), last.detail());
    }

    private static void assertRefused(AccountSetupViewModel dialog, String step, String fingerprint) {
        assertTrue(dialog.outcomeProperty().get().startsWith("Failed at “" + step + "”"), dialog.outcomeProperty().get());
        CertificateTrustViewModel refused = dialog.certificateTrust();
        assertTrue(refused.shownProperty().get(), "the certificate is shown");
        assertTrue(refused.trustOfferedProperty().get(), "Trust this certificate is offered");
        assertEquals("The server's certificate is not trusted", refused.headingProperty().get());
        assertEquals(fingerprint, refused.fingerprintProperty().get());
    }
}
