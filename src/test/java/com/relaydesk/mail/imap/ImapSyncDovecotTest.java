package com.relaydesk.mail.imap;

import static com.relaydesk.mail.OlderMail.ONE_FETCH;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import jakarta.mail.Flags;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fast path against a real Dovecot: CONDSTORE, QRESYNC, SPECIAL-USE, TLS and STARTTLS. */
class ImapSyncDovecotTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();
    private static final AtomicInteger FOLDERS = new AtomicInteger();

    private String folder;
    private ServerHand server;
    private MemorySyncStore cache;
    private ImapBackend backend;

    @BeforeEach
    void setUp() throws Exception {
        folder = "Test" + FOLDERS.incrementAndGet();  // each test its own folder on the one server
        server = DOVECOT.server().hand();
        server.createFolder(folder);
        cache = new MemorySyncStore();
        backend = new ImapBackend(DOVECOT.server().account(Security.PLAIN));
        backend.connect();
    }

    @AfterEach
    void tearDown() throws Exception {
        backend.close();
        server.close();
    }

    private void deliver(int from, int to) throws Exception {
        server.append(folder, TestMessages.buyerMessages(from, to));
    }

    private FolderSyncResult sync() {
        return backend.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken());
    }

    @Test
    void theServerOffersTheFastPath() {
        assertTrue(backend.capabilities().containsAll(Set.of(Capability.CONDSTORE, Capability.QRESYNC, Capability.IDLE)),
                backend.capabilities()::toString);
    }

    @Test
    void aResyncWithNothingChangedUsesQresyncAndWritesNothing() throws Exception {
        deliver(0, 20);
        assertEquals(20, sync().added());
        int writes = cache.writes;

        FolderSyncResult again = sync();

        assertEquals("qresync", again.method());
        assertEquals(0, again.added() + again.flagsChanged() + again.removed());
        assertEquals(writes, cache.writes, "an unchanged folder costs no cache write");
        assertTrue(cache.loadState(folder).highestModSeq() > 0);
    }

    @Test
    void flagChangesArriveThroughQresyncAlone() throws Exception {
        deliver(0, 10);
        sync();
        long uid = server.uids(folder)[3];
        server.setFlag(folder, uid, new Flags("$Reported"), true);
        server.setFlag(folder, uid, new Flags(Flags.Flag.SEEN), true);

        FolderSyncResult r = sync();

        assertEquals(1, r.flagsChanged());
        assertEquals(Set.of("$Reported", "\\Seen"), cache.message(folder, uid).flags());
    }

    @Test
    void expungesArriveAsVanished() throws Exception {
        deliver(0, 10);
        sync();
        long[] uids = server.uids(folder);
        server.delete(folder, uids[0], uids[9]);

        FolderSyncResult r = sync();

        assertEquals(2, r.removed());
        assertEquals(8, cache.messages(folder).size());
        assertNull(cache.message(folder, uids[0]));
    }

    @Test
    void newMessagesAndChangesTogether() throws Exception {
        deliver(0, 5);
        sync();
        long uid = server.uids(folder)[0];
        server.setFlag(folder, uid, new Flags(Flags.Flag.ANSWERED), true);
        deliver(5, 105);

        FolderSyncResult r = sync();

        assertEquals(100, r.added());
        assertEquals(1, r.flagsChanged());
        assertEquals(105, cache.messages(folder).size());
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void aRecreatedFolderWithANewUidValidityIsRebuilt() throws Exception {
        deliver(0, 4);
        sync();
        server.deleteFolder(folder);
        server.createFolder(folder);
        deliver(10, 12);

        FolderSyncResult r = sync();

        assertTrue(r.reset());
        assertEquals(2, cache.messages(folder).size());
    }

    @Test
    void theSentFolderIsFoundBySpecialUse() {
        assertEquals("Sent", backend.sentFolder().orElseThrow());
    }

    @Test
    void implicitTlsChecksTheCertificateAndTheHostName() {
        ImapBackend tls = new ImapBackend(DOVECOT.server().account(Security.TLS));
        tls.connect();
        tls.close();

        MailAccount untrusted = MailAccount.of("127.0.0.1", DOVECOT.server().tlsPort(), "seller", "secret", Security.TLS);
        MailException e = assertThrows(MailException.class, () -> new ImapBackend(untrusted).connect());
        assertTrue(e.getMessage().contains("certificate"), e.getMessage());
    }

    @Test
    void starttlsUpgradesThePlainPortBeforeLogin() {
        ImapBackend starttls = new ImapBackend(DOVECOT.server().account(Security.STARTTLS));
        starttls.connect();
        assertTrue(starttls.isConnected());
        starttls.close();
    }

    @Test
    void aFirstSyncNewestFirstEndsEqualToTheServerAndLaterResyncsStayOnQresync() throws Exception {
        deliver(0, 40);
        long[] uids = server.uids(folder);

        FolderSyncResult newest = backend.syncNewest(folder, 15, cache, SyncListener.NONE, new CancellationToken());
        server.setFlag(folder, uids[30], new Flags("$Reported"), true);
        server.delete(folder, uids[35]);
        FolderSyncResult rest = sync();

        assertEquals(15, newest.added());
        assertEquals(25, rest.added(), "the newest fifteen are not downloaded again");
        assertEquals(0, cache.duplicateInserts);
        assertEquals(39, cache.messages(folder).size());
        assertNull(cache.message(folder, uids[35]));
        assertEquals(Set.of("$Reported"), cache.message(folder, uids[30]).flags());
        assertTrue(cache.message(folder, uids[30]).modSeq() > 0, "the newest came with their MODSEQ");

        server.setFlag(folder, uids[2], new Flags(Flags.Flag.ANSWERED), true);
        FolderSyncResult later = sync();

        assertEquals("qresync", later.method());
        assertEquals(1, later.flagsChanged());
        assertEquals(0, later.added() + later.removed());
    }

    /**
     * The older mail in parts (as the app fetches it, so new mail and replies need not wait): between
     * parts the folder state carries the server's MODSEQ, so a flag changed or a message deleted
     * among those already stored is found by QRESYNC, not by reading every flag again.
     */
    @Test
    void olderMailInPartsKeepsUpWithChangesToWhatIsStoredAndEndsEqualToTheServer() throws Exception {
        deliver(0, 40);
        long[] uids = server.uids(folder);
        ImapBackend small = new ImapBackend(DOVECOT.server().account(Security.PLAIN), null,
                new com.relaydesk.mail.mime.FetchedMessageFactory(), new SyncTuning(7, 1 << 20, 5, 1 << 20, 10));
        small.connect();
        try {
            small.syncNewest(folder, 10, cache, SyncListener.NONE, new CancellationToken());
            FolderSyncResult first = small.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);
            assertEquals(7, first.added());

            server.setFlag(folder, uids[2], new Flags(Flags.Flag.ANSWERED), true);
            server.delete(folder, uids[4]);
            deliver(40, 41);
            FolderSyncResult second = small.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);

            assertEquals("qresync", second.method());
            assertEquals(1, second.flagsChanged());
            assertEquals(1, second.removed());
            assertEquals(8, second.added(), "the new one and seven older");
            assertEquals(Set.of("\\Answered"), cache.message(folder, uids[2]).flags());
            assertNull(cache.message(folder, uids[4]));
            for (int part = 3; part <= 10 && cache.newestWindowFrom(folder) != 0; part++) {
                small.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken(), ONE_FETCH);
            }

            assertEquals(0, cache.newestWindowFrom(folder));
            assertArrayEquals(server.uids(folder), cache.cachedUids(folder));
            assertEquals(0, cache.duplicateInserts);
            FolderSyncResult later = small.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken());
            assertEquals("qresync", later.method());
            assertEquals(0, later.added() + later.flagsChanged() + later.removed(), later::toString);
        } finally {
            small.close();
        }
    }
}
