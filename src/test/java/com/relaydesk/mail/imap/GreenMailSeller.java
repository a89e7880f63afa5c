package com.relaydesk.mail.imap;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.mime.FetchedMessageFactory;

/** GreenMail on loopback holding the seller's mailbox (seller@example.org, login seller / secret). */
public final class GreenMailSeller {

    private GreenMailSeller() {
    }

    /**
     * IMAP and SMTP on free ports.
     *
     * @param perMethod a fresh server for each test, or one for the whole class
     */
    public static GreenMailExtension imapAndSmtp(boolean perMethod) {
        return new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
                .withPerMethodLifecycle(perMethod);
    }

    /** A backend (not yet connected) for the seller's mailbox on {@code greenMail}: its IMAP, and its SMTP to send. */
    public static ImapBackend backend(GreenMailExtension greenMail) {
        return backend(greenMail, SyncTuning.defaults());
    }

    /** As {@link #backend(GreenMailExtension)}, fetching and storing in batches of {@code tuning}'s sizes. */
    public static ImapBackend backend(GreenMailExtension greenMail, SyncTuning tuning) {
        return backend(greenMail.getImap().getPort(), greenMail.getSmtp().getPort(), tuning);
    }

    /** A backend (not yet connected) that logs in as the seller on loopback, in plain text. */
    public static ImapBackend backend(int imapPort, int smtpPort) {
        return backend(imapPort, smtpPort, SyncTuning.defaults());
    }

    /**
     * As {@link #backend(int, int)}, giving up on a server that stops answering after {@code readTimeout}
     * (a connection a router dropped silently): tests wait seconds, not the two minutes of the app.
     */
    public static ImapBackend backend(int imapPort, int smtpPort, java.time.Duration readTimeout) {
        MailAccount imap = MailAccount.of("127.0.0.1", imapPort, "seller", "secret", Security.PLAIN)
                .withReadTimeout(readTimeout);
        MailAccount smtp = imap.withEndpoint("127.0.0.1", smtpPort, Security.PLAIN);
        return new ImapBackend(imap, smtp, new FetchedMessageFactory(), SyncTuning.defaults());
    }

    private static ImapBackend backend(int imapPort, int smtpPort, SyncTuning tuning) {
        MailAccount imap = MailAccount.of("127.0.0.1", imapPort, "seller", "secret", Security.PLAIN);
        MailAccount smtp = imap.withEndpoint("127.0.0.1", smtpPort, Security.PLAIN);
        return new ImapBackend(imap, smtp, new FetchedMessageFactory(), tuning);
    }

    /** How many messages GreenMail delivered to {@code address} (0 when none ever reached it). */
    public static int deliveredTo(GreenMailOperations greenMail, String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        return user == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }
}
