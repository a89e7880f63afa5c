package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.DovecotServer;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSessions;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.TestMessages;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Session;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sellers in Germany and France have umlauts and accents in their mailbox passwords. Dovecot takes
 * such a password as UTF-8, over AUTHENTICATE PLAIN and over the plain LOGIN command alike.
 */
class NonAsciiPasswordTest {

    private static final String PASSWORD = DovecotServer.UMLAUT_PASSWORD; // "Grüße-Straße-ä1"
    @RegisterExtension
    @Order(2) // after GreenMail: when Dovecot is missing the class is skipped and GreenMail, started, stops cleanly
    static final DovecotExtension DOVECOT = new DovecotExtension();

    @RegisterExtension
    @Order(1)
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", PASSWORD))
            .withPerMethodLifecycle(false);

    @Test
    void aPasswordWithUmlautsLogsInToDovecotWithAndWithoutTls() {
        for (Security security : List.of(Security.PLAIN, Security.TLS)) {
            try (ImapBackend backend = new ImapBackend(DOVECOT.server().umlautAccount(security))) {
                backend.connect();
                assertTrue(backend.folders().contains("INBOX"), security.toString());
            }
        }
    }

    @Test
    void theLoginCommandSendsAnUmlautPasswordAsUtf8WhereAngusAloneSendsLatin1() throws Exception {
        MailAccount account = DOVECOT.server().umlautAccount(Security.PLAIN);
        // no AUTHENTICATE mechanisms: what Angus does with a server that offers no AUTH=PLAIN
        Session loginOnly = MailSessions.imap(account);
        loginOnly.getProperties().put("mail.imap.auth.plain.disable", "true");
        loginOnly.getProperties().put("mail.imap.auth.login.disable", "true");
        loginOnly.getProperties().put("mail.imap.auth.ntlm.disable", "true");

        IMAPStore stock = (IMAPStore) loginOnly.getStore("imap");
        assertThrows(AuthenticationFailedException.class,
                () -> stock.connect("127.0.0.1", DOVECOT.server().port(), account.user(), PASSWORD),
                "Angus writes LOGIN's password one byte per char (ä = 0xE4): Dovecot refuses it");

        IMAPStore ours = new Utf8LoginStore(loginOnly, false);
        ours.connect("127.0.0.1", DOVECOT.server().port(), account.user(), PASSWORD);
        try {
            assertTrue(ours.isConnected());
        } finally {
            ours.close();
        }
    }

    @Test
    void smtpAuthSendsAnUmlautPasswordAsUtf8() throws Exception {
        MailAccount submit = MailAccount.of("127.0.0.1", smtp.getSmtp().getPort(), "seller", PASSWORD, Security.PLAIN);
        try (ImapBackend backend = new ImapBackend(submit, submit, new com.relaydesk.mail.mime.FetchedMessageFactory(),
                SyncTuning.defaults())) {
            backend.send(TestMessages.sellerReply(1), "seller@example.org", List.of("buyer0000001@marketplace.amazon.com"));
        }
        assertEquals(1, smtp.getReceivedMessages().length);
        MailAccount wrong = MailAccount.of("127.0.0.1", smtp.getSmtp().getPort(), "seller", "Grusse-Strasse-a1", Security.PLAIN);
        try (ImapBackend backend = new ImapBackend(wrong, wrong, new com.relaydesk.mail.mime.FetchedMessageFactory(),
                SyncTuning.defaults())) {
            assertThrows(com.relaydesk.mail.MailException.class, () -> backend.send(TestMessages.sellerReply(2),
                    "seller@example.org", List.of("buyer0000001@marketplace.amazon.com")), "GreenMail does check the password");
        }
    }

    @Test
    void greenMailTakesTheUmlautPasswordOverLoginToo() throws Exception {
        // GreenMail offers no AUTH=PLAIN, so Angus falls back to LOGIN: before Utf8LoginStore it sent
        // "ä" as the single byte 0xE4 and GreenMail (rightly) refused the login — the fault was ours.
        MailAccount imap = MailAccount.of("127.0.0.1", smtp.getImap().getPort(), "seller", PASSWORD, Security.PLAIN);
        IMAPStore stock = (IMAPStore) MailSessions.imap(imap).getStore("imap");
        assertThrows(AuthenticationFailedException.class,
                () -> stock.connect("127.0.0.1", imap.port(), imap.user(), PASSWORD));
        try (ImapBackend backend = new ImapBackend(imap)) {
            backend.connect();
            assertTrue(backend.folders().contains("INBOX"));
        }
    }
}
