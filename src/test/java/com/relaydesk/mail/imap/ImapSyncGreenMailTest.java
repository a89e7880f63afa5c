package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.SyncCancelledException;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.Flags;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sync against GreenMail: no CONDSTORE/QRESYNC there, so this is the scan fallback. */
class ImapSyncGreenMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    private ServerHand server;
    private MemorySyncStore cache;
    private ImapBackend backend;

    @BeforeEach
    void setUp() throws Exception {
        server = new ServerHand("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret");
        GreenMailFolders.create(greenMail, "Sent");
        cache = new MemorySyncStore();
        backend = connect(new SyncTuning(7, 1 << 20, 5, 1 << 20, 10));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (backend == null) {
            return;
        }
        backend.close();
        server.close();
    }

    private ImapBackend connect(SyncTuning tuning) {
        ImapBackend b = new ImapBackend(account(), null, new FetchedMessageFactory(), tuning);
        b.connect();
        return b;
    }

    private static MailAccount account() {
        return MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret", Security.PLAIN);
    }

    private void deliver(int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            // In-process delivery: APPEND over the wire to GreenMail takes ~100 ms a message.
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
    }

    private List<FolderSyncResult> syncAll() {
        return new MailSync(cache).syncAll(backend, SyncListener.NONE, new CancellationToken());
    }

    @Test
    void initialSyncStoresEveryMessageOfInboxAndSentWithItsRelayFacts() throws Exception {
        deliver(0, 23);
        GreenMailFolders.append(greenMail, "Sent", TestMessages.sellerReply(1), TestMessages.sellerReply(2));

        List<FolderSyncResult> results = syncAll();

        assertEquals(List.of("INBOX", "Sent"), results.stream().map(FolderSyncResult::folder).toList());
        assertEquals(23, cache.messages("INBOX").size());
        assertEquals(2, cache.messages("Sent").size());
        FetchedMessage first = cache.messages("INBOX").get(0);
        assertEquals("<buyer-0@relay.test>", first.messageId());
        assertEquals("buyer0000000@marketplace.amazon.com", first.buyerAlias());
        assertEquals("113-4455667-0000000", first.orderId());
        assertTrue(first.textBody().contains("Where is my order?"));
        FetchedMessage reply = cache.messages("Sent").get(0);
        assertEquals("buyer0000001@marketplace.amazon.com", reply.buyerAlias(), "in Sent the buyer is the recipient");
        assertEquals(new FolderSyncState("INBOX", cache.loadState("INBOX").uidValidity(), 24, 0), cache.loadState("INBOX"));
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void initialSyncDoesNotMarkBuyerMailAsRead() throws Exception {
        deliver(0, 3);
        syncAll();
        for (FetchedMessage m : cache.messages("INBOX")) {
            assertFalse(m.flags().contains("\\Seen"), "BODY.PEEK must leave \\Seen alone");
        }
        assertEquals(3, server.count("INBOX"));
    }

    @Test
    void incrementalSyncDownloadsOnlyTheNewMessages() throws Exception {
        deliver(0, 10);
        syncAll();
        deliver(10, 13);

        FolderSyncResult inbox = syncAll().get(0);

        assertEquals(3, inbox.added());
        assertEquals(13, cache.messages("INBOX").size());
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void aSecondSyncWithNothingChangedWritesNothing() throws Exception {
        deliver(0, 4);
        syncAll();
        int writes = cache.writes;

        FolderSyncResult inbox = syncAll().get(0);

        assertEquals(0, inbox.added());
        assertEquals(writes + 1, cache.writes, "without CONDSTORE the flags are re-read and written once");
    }

    @Test
    void flagChangesMadeElsewhereReachTheCache() throws Exception {
        deliver(0, 5);
        syncAll();
        long uid = server.uids("INBOX")[2];
        server.setFlag("INBOX", uid, new Flags(Flags.Flag.ANSWERED), true);
        server.setFlag("INBOX", uid, new Flags("$NoResponseNeeded"), true);

        syncAll();

        assertEquals(Set.of("\\Answered", "$NoResponseNeeded"), cache.message("INBOX", uid).flags());
        assertEquals("scan", syncAll().get(0).method());
    }

    @Test
    void messagesExpungedOnTheServerLeaveTheCache() throws Exception {
        deliver(0, 6);
        syncAll();
        long[] uids = server.uids("INBOX");
        server.delete("INBOX", uids[1], uids[4]);

        FolderSyncResult inbox = syncAll().get(0);

        assertEquals(2, inbox.removed());
        assertEquals(4, cache.messages("INBOX").size());
        assertEquals(null, cache.message("INBOX", uids[1]));
    }

    @Test
    void aChangedUidValidityRebuildsTheFolderCache() throws Exception {
        deliver(0, 3);
        // The cache remembers a folder the server has since renumbered (another UIDVALIDITY).
        cache.storeBatch("INBOX", List.of(new FetchedMessage("INBOX", 99, 0, "<stale@x>", null, null, null, null, null,
                "stale", null, null, null, 1, "", null, null, null, null, null, null)),
                new FolderSyncState("INBOX", 1, 100, 0));

        FolderSyncResult inbox = syncAll().get(0);

        assertTrue(inbox.reset());
        assertEquals(1, cache.resets);
        assertEquals(3, cache.messages("INBOX").size());
        assertEquals(null, cache.message("INBOX", 99));
    }

    @Test
    void aCancelledSyncKeepsWhatItStoredAndTheNextSyncFinishesWithoutDuplicates() throws Exception {
        deliver(0, 30);
        CancellationToken cancel = new CancellationToken();
        SyncListener cancelAfterFirstBatch = new SyncListener() {
            @Override
            public void progress(String folder, long done, long total, long bytes) {
                cancel.cancel();
            }
        };

        assertThrows(SyncCancelledException.class,
                () -> new MailSync(cache).syncAll(backend, cancelAfterFirstBatch, cancel));
        int partial = cache.messages("INBOX").size();
        assertTrue(partial > 0 && partial < 30, "stopped part-way, kept " + partial);

        backend = connect(SyncTuning.defaults());
        syncAll();

        assertEquals(30, cache.messages("INBOX").size());
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void theSentFolderIsFoundByItsCommonNameWhenTheServerHasNoSpecialUse() {
        assertEquals("Sent", backend.sentFolder().orElseThrow());
    }

    @Test
    void progressIsReportedPerBatchUpToTheTotal() throws Exception {
        deliver(0, 12);
        long[] last = new long[2];
        new MailSync(cache).syncAll(backend, new SyncListener() {
            @Override
            public void progress(String folder, long done, long total, long bytes) {
                if (folder.equals("INBOX")) {
                    last[0] = done;
                    last[1] = total;
                }
            }
        }, new CancellationToken());
        assertEquals(12, last[0]);
        assertEquals(12, last[1]);
        assertNotNull(cache.loadState("INBOX"));
    }
}
