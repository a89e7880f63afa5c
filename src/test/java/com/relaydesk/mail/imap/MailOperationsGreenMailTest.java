package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operations the outbox builds on: submit, APPEND to Sent, find by Message-ID, set flags. */
class MailOperationsGreenMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    private ImapBackend backend() {
        ImapBackend b = new ImapBackend(
                MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret", Security.PLAIN),
                MailAccount.of("127.0.0.1", greenMail.getSmtp().getPort(), "seller", "secret", Security.PLAIN),
                new FetchedMessageFactory(), SyncTuning.defaults());
        b.connect();
        return b;
    }

    @Test
    void aSubmittedMessageKeepsTheMessageIdItWasQueuedWith() throws Exception {
        try (ImapBackend b = backend()) {
            b.send(TestMessages.sellerReply(7), "seller@example.org", List.of("buyer0000007@marketplace.amazon.com"));
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("<reply-7@seller.test>", received[0].getMessageID());
    }

    @Test
    void aReplyAppendedToSentIsFoundByItsMessageIdSoItIsNeverSentTwice() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        try (ImapBackend b = backend()) {
            assertEquals(0, b.findByMessageId("Sent", "<reply-3@seller.test>").length, "not there before");
            long uid = b.append("Sent", TestMessages.sellerReply(3), Set.of("\\Seen"));

            assertTrue(uid > 0, "UIDPLUS tells the new UID");
            assertArrayEquals(new long[] {uid}, b.findByMessageId("Sent", "<reply-3@seller.test>"));
            assertEquals(0, b.findByMessageId("Sent", "<reply-4@seller.test>").length);
        }
    }

    @Test
    void flagsAndKeywordsSetOnTheServerComeBackWithTheNextSync() throws Exception {
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        MemorySyncStore cache = new MemorySyncStore();
        try (ImapBackend b = backend()) {
            b.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
            long uid = b.uids("INBOX")[0];

            b.setFlags("INBOX", uid, Set.of("\\Answered", "$NoResponseNeeded"), Set.of());
            b.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
            assertEquals(Set.of("\\Answered", "$NoResponseNeeded"), cache.message("INBOX", uid).flags());

            b.setFlags("INBOX", uid, Set.of(), Set.of("$NoResponseNeeded"));
            b.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
            assertEquals(Set.of("\\Answered"), cache.message("INBOX", uid).flags());
        }
    }
}
