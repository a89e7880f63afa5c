package com.relaydesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.imap.GreenMailFolders;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Test connection" against a real IMAP/SMTP server on loopback. */
class MailboxLoginTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    private static AccountSettings settings() {
        return new AccountSettings("seller@example.org", "seller",
                new ServerEndpoint("127.0.0.1", greenMail.getImap().getPort(), Security.PLAIN),
                new ServerEndpoint("127.0.0.1", greenMail.getSmtp().getPort(), Security.PLAIN), List.of(), true);
    }

    @Test
    void everyStepPassesWithTheRightPasswordAndASentFolder() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(settings(), "secret".toCharArray(), new MailboxLogin());
        assertTrue(steps.stream().allMatch(ConnectionCheck.Step::passed), steps.toString());
        assertTrue(steps.get(steps.size() - 1).detail().contains("\"Sent\" found"), steps.toString());
    }

    @Test
    void aWrongPasswordFailsAtTheLoginStepWithASentenceNotAStackTrace() {
        List<ConnectionCheck.Step> steps = ConnectionCheck.run(settings(), "wrong".toCharArray(), new MailboxLogin());
        ConnectionCheck.Step last = steps.get(steps.size() - 1);
        assertEquals("Login and folders", last.name());
        assertFalse(last.passed());
        assertFalse(last.detail().contains("Exception"), last.detail());
    }
}
