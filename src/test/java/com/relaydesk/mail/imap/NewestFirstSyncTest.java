package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.SyncCancelledException;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.Flags;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A first sync that starts with the newest messages ({@link ImapBackend#syncNewest}), so a seller who
 * connects years of mail sees this week's first; the rest follows in the usual sync, which must end
 * with the cache equal to the server whatever happened in between, and download nothing twice.
 */
class NewestFirstSyncTest {

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
        cache = new MemorySyncStore();
        backend = connect();
    }

    @AfterEach
    void tearDown() throws Exception {
        backend.close();
        server.close();
    }

    private ImapBackend connect() {
        ImapBackend b = new ImapBackend(MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret",
                Security.PLAIN), null, new FetchedMessageFactory(), new SyncTuning(7, 1 << 20, 5, 1 << 20, 10));
        b.connect();
        return b;
    }

    private void deliver(int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
    }

    private FolderSyncResult newest(int count) {
        return backend.syncNewest("INBOX", count, cache, SyncListener.NONE, new CancellationToken());
    }

    private FolderSyncResult sync() {
        return backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
    }

    private long[] cachedUids() {
        return cache.cachedUids("INBOX");
    }

    @Test
    void theNewestMessagesComeFirstAndTheRestFollowsWithoutDownloadingThemAgain() throws Exception {
        deliver(0, 30);
        long[] onServer = server.uids("INBOX");

        FolderSyncResult first = newest(10);

        assertEquals(10, first.added());
        assertArrayEquals(Arrays.copyOfRange(onServer, 20, 30), cachedUids(), "the ten newest, nothing older");
        assertTrue(cache.loadState("INBOX").uidNext() <= 1, "UIDNEXT stays: the older mail is still to come");

        FolderSyncResult rest = sync();

        assertEquals(20, rest.added(), "only the older twenty are downloaded");
        assertArrayEquals(onServer, cachedUids());
        assertEquals(0, cache.duplicateInserts, "no message stored twice");
        assertEquals(onServer[29] + 1, cache.loadState("INBOX").uidNext());
    }

    @Test
    void flagsChangedAndMessagesDeletedBetweenTheTwoPartsReachTheCache() throws Exception {
        deliver(0, 30);
        newest(10);
        long[] uids = server.uids("INBOX");
        server.setFlag("INBOX", uids[25], new Flags("$NoResponseNeeded"), true);
        server.delete("INBOX", uids[27]);

        FolderSyncResult rest = sync();

        assertEquals(29, cachedUids().length);
        assertNull(cache.message("INBOX", uids[27]), "deleted on the server while the older mail downloaded");
        assertTrue(cache.message("INBOX", uids[25]).flags().contains("$NoResponseNeeded"),
                cache.message("INBOX", uids[25]).flags()::toString);
        assertEquals(1, rest.flagsChanged());
        assertEquals(1, rest.removed());
        try (org.eclipse.angus.mail.imap.IMAPStore store = serverStore()) {
            assertEquals(FetchFlags.all(store, "INBOX"), cache.cachedFlags("INBOX"));
        }
    }

    @Test
    void newMailArrivingBetweenTheTwoPartsIsNotMissed() throws Exception {
        deliver(0, 30);
        newest(10);
        deliver(30, 35);

        sync();

        assertArrayEquals(server.uids("INBOX"), cachedUids());
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void anInterruptedRestIsResumedByTheNextSyncWithNothingLostOrDoubled() throws Exception {
        deliver(0, 30);
        newest(10);
        CancellationToken cancel = new CancellationToken();
        SyncListener cancelAfterFirstBatch = new SyncListener() {
            @Override
            public void progress(String folder, long done, long total, long bytes) {
                cancel.cancel();
            }
        };
        assertThrows(SyncCancelledException.class, () -> backend.syncFolder("INBOX", cache, cancelAfterFirstBatch, cancel));
        assertTrue(cachedUids().length < 30, "stopped part-way");
        backend.close();
        backend = connect();

        FolderSyncResult again = newest(10);  // as the app's next round does first: nothing to do now
        sync();

        assertEquals(0, again.added());
        assertArrayEquals(server.uids("INBOX"), cachedUids());
    }

    @Test
    void aFolderWithFewerMessagesIsSyncedInFull() throws Exception {
        deliver(0, 6);

        FolderSyncResult r = newest(10);

        assertEquals(6, r.added());
        assertEquals(server.uids("INBOX")[5] + 1, cache.loadState("INBOX").uidNext(), "complete: no older mail to come");
    }

    @Test
    void aFolderPastItsFirstSyncIsLeftToTheUsualSync() throws Exception {
        deliver(0, 30);
        sync();
        deliver(30, 32);

        FolderSyncResult r = newest(10);

        assertEquals(0, r.added());
        assertEquals(30, cachedUids().length, "the two new ones wait for the usual sync");
        assertEquals(0, cache.duplicateInserts);
    }

    private org.eclipse.angus.mail.imap.IMAPStore serverStore() throws Exception {
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
        org.eclipse.angus.mail.imap.IMAPStore store = (org.eclipse.angus.mail.imap.IMAPStore) session.getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret");
        return store;
    }
}
