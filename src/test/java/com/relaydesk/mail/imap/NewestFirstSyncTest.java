package com.relaydesk.mail.imap;

import static com.relaydesk.mail.OlderMail.ONE_FETCH;

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
        return connect(new SyncTuning(7, 1 << 20, 5, 1 << 20, 10));
    }

    private ImapBackend connect(SyncTuning tuning) {
        ImapBackend b = new ImapBackend(MailAccount.of("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret",
                Security.PLAIN), null, new FetchedMessageFactory(), tuning);
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
        assertEquals(0, cache.duplicateInserts, "the newest ten are not downloaded again when the rest resumes");
    }

    @Test
    void aPartsFirstFetchIsShortUntilTheLineIsMeasured() throws Exception {
        deliver(0, 140);
        backend.close();
        backend = connect(SyncTuning.defaults());  // up to 2,000 messages per FETCH otherwise
        newest(10);

        FolderSyncResult part = backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);

        assertEquals(FetchPlan.Paced.FIRST, part.added(), "one FETCH of the first size, not all 130 older messages");
        assertEquals(110, cachedUids().length);
        part = backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);
        assertEquals(30, part.added(), "the rest, in the next part");
        assertEquals(0, cache.newestWindowFrom("INBOX"));
    }

    @Test
    void theOlderMailComesInPartsEachStartingWithMailThatCameMeanwhile() throws Exception {
        deliver(0, 31);
        long[] older = server.uids("INBOX");
        newest(10);
        long windowFrom = cache.newestWindowFrom("INBOX");
        assertEquals(older[21], windowFrom);

        // seven UIDs per FETCH (this test's tuning); no time for more than one command per part
        FolderSyncResult part = backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);

        assertEquals(7, part.added());
        assertEquals(17, cachedUids().length);
        assertEquals(windowFrom, cache.newestWindowFrom("INBOX"), "older mail still to come");
        assertTrue(cache.loadState("INBOX").uidNext() <= older[7], "UIDNEXT past the part stored only");

        deliver(31, 33);
        server.setFlag("INBOX", older[3], new Flags("$NoResponseNeeded"), true);
        part = backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);

        long[] onServer = server.uids("INBOX");
        assertEquals(9, part.added(), "the two new ones and seven older");
        assertTrue(Arrays.stream(cachedUids()).anyMatch(uid -> uid == onServer[32]), "new mail first");
        assertTrue(cache.message("INBOX", onServer[3]).flags().contains("$NoResponseNeeded"), "a flag changed on a message of the first part");
        assertEquals(windowFrom, cache.newestWindowFrom("INBOX"));

        int parts = 2;
        while (cache.newestWindowFrom("INBOX") != 0 && parts < 20) {
            backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);
            parts++;
        }
        assertEquals(3, parts, "21 older messages, 7 per part");
        assertArrayEquals(onServer, cachedUids());
        assertEquals(0, cache.duplicateInserts, "nothing downloaded twice");
        assertEquals(onServer[32] + 1, cache.loadState("INBOX").uidNext());
        try (org.eclipse.angus.mail.imap.IMAPStore store = serverStore()) {
            assertEquals(FetchFlags.all(store, "INBOX"), cache.cachedFlags("INBOX"));
        }
        assertEquals(0, sync().added(), "and after it, the usual sync finds nothing new");
    }

    @Test
    void aSyncForOneChangeBringsNewMailAndFlagsButNoOlderMail() throws Exception {
        deliver(0, 20);
        newest(10);
        long windowFrom = cache.newestWindowFrom("INBOX");
        deliver(20, 21);
        long[] onServer = server.uids("INBOX");
        server.setFlag("INBOX", onServer[15], new Flags("$Reported"), true);

        java.util.List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        SyncListener heard = new SyncListener() {
            @Override
            public void progress(String folder, long done, long total, long bytes) {
                progress.add(done + " of " + total);
            }
        };
        FolderSyncResult r = backend.syncFolder("INBOX", cache, heard, new CancellationToken(),
                com.relaydesk.mail.MailSync.NO_OLDER_MAIL);

        assertEquals(1, r.added(), "the new one only");
        assertEquals(java.util.List.of(), progress, "no 'older mail: 10 of 21' for a download that does not happen");
        assertEquals(11, cachedUids().length);
        assertTrue(cache.message("INBOX", onServer[15]).flags().contains("$Reported"));
        assertEquals(windowFrom, cache.newestWindowFrom("INBOX"), "the older mail waits for the next part");
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
