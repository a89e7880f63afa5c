package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.CommandRecordingProxy;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the sync connection sends to Dovecot, read off the wire by a recording proxy: the command
 * count of a no-change sync, no LIST on a connection that opens folders, and a fresh login after
 * a sync that picked up changes (see {@link SessionRenewal}).
 */
class SyncSessionDovecotTest {

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();
    private static final AtomicInteger FOLDERS = new AtomicInteger();

    private String folder;
    private ServerHand server;
    private MemorySyncStore cache;
    private CommandRecordingProxy proxy;
    private ImapBackend backend;

    @BeforeEach
    void setUp() throws Exception {
        folder = "Session" + FOLDERS.incrementAndGet();
        server = DOVECOT.server().hand();
        server.createFolder(folder);
        cache = new MemorySyncStore();
        proxy = new CommandRecordingProxy(DOVECOT.server().port());
        backend = new ImapBackend(account()).loginAhead();  // as the app uses it
        backend.connect();
    }

    private MailAccount account() {
        return MailAccount.of("127.0.0.1", proxy.port(), "seller", "secret", Security.PLAIN);
    }

    @AfterEach
    void tearDown() throws Exception {
        backend.close();
        server.close();
        proxy.close();
    }

    private void deliver(int from, int to) throws Exception {
        server.append(folder, TestMessages.buyerMessages(from, to));
    }

    private FolderSyncResult sync() {
        return backend.syncFolder(folder, cache, SyncListener.NONE, new CancellationToken());
    }

    /** Connections that logged in and did nothing else yet: sessions waiting to be used. */
    private List<List<String>> loggedInOnly() {
        return proxy.connections().stream()
                .filter(c -> c.contains("AUTHENTICATE") || c.contains("LOGIN"))
                .filter(c -> c.stream().allMatch(cmd -> cmd.equals("AUTHENTICATE") || cmd.equals("LOGIN") || cmd.equals("CAPABILITY")))
                .toList();
    }

    private void awaitLoggedInOnly(int count) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (loggedInOnly().size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(count, loggedInOnly().size(), () -> "sessions logged in ahead: " + proxy.connections());
    }

    /** The connections that opened a folder (the Sent lookup's short connection only lists). */
    private List<List<String>> syncConnections() {
        return proxy.connections().stream().filter(c -> c.contains("EXAMINE") || c.contains("SELECT")).toList();
    }

    @Test
    void aNoChangeResyncSendsOneExamineAndOneCloseOverTheSameConnection() throws Exception {
        deliver(0, 20);
        sync();
        sync();
        List<List<String>> before = syncConnections();
        int sent = before.get(before.size() - 1).size();

        FolderSyncResult again = sync();

        List<List<String>> after = syncConnections();
        assertEquals(0, again.added() + again.flagsChanged() + again.removed());
        assertEquals(before.size(), after.size(), "no new login for a sync after a no-change sync");
        List<String> last = after.get(after.size() - 1);
        assertEquals(List.of("EXAMINE", "CLOSE"), last.subList(sent, last.size()));
    }

    @Test
    void aSyncAfterOneThatPickedUpNewMailLogsInAfreshOnce() throws Exception {
        deliver(0, 5);
        assertEquals(5, sync().added());
        int connections = syncConnections().size();

        sync();
        sync();

        assertEquals(connections + 1, syncConnections().size(),
                "one fresh login before the sync after new mail, none before the one after that");
    }

    @Test
    void theFreshLoginWaitsForTheNextRoundInsteadOfComingBetweenTwoFolders() throws Exception {
        String other = folder + "b";
        server.createFolder(other);
        deliver(0, 4);
        assertEquals(4, sync().added());
        int connections = syncConnections().size();

        backend.syncFolder(other, cache, SyncListener.NONE, new CancellationToken());
        assertEquals(connections, syncConnections().size(), "the second folder of the round keeps the session");
        sync();

        assertEquals(connections + 1, syncConnections().size(), "the next round starts on a fresh login");
    }

    @Test
    void ownAppendsAndFlagChangesAlsoLeadToAFreshLoginBeforeTheNextSync() throws Exception {
        deliver(0, 3);
        sync();
        sync();
        int connections = syncConnections().size();
        backend.append(folder, TestMessages.buyerMessage(99), Set.of());
        backend.setFlags(folder, server.uids(folder)[0], Set.of("$NoResponseNeeded"), Set.of());

        FolderSyncResult r = sync();

        assertEquals(1, r.added());
        assertEquals(connections + 1, syncConnections().size());
    }

    @Test
    void noConnectionThatOpensFoldersEverRunsList() throws Exception {
        deliver(0, 5);
        sync();
        backend.append(folder, TestMessages.buyerMessage(50), Set.of());
        backend.setFlags(folder, server.uids(folder)[1], Set.of("$Reported"), Set.of());
        sync();
        sync();
        backend.sentFolder();

        List<List<String>> opening = syncConnections();
        assertTrue(opening.size() >= 2, opening::toString);
        for (List<String> c : opening) {
            assertFalse(c.contains("LIST") || c.contains("LSUB"), () -> "LIST on a folder-opening connection: " + c);
        }
        assertTrue(proxy.connections().stream().anyMatch(c -> c.contains("LIST")),
                "the Sent folder is still found by LIST, on its own connection");
    }

    @Test
    void theReplacementSessionIsLoggedInAheadAsSoonAsAChangeIsSeenAndTheNextSyncUsesIt() throws Exception {
        deliver(0, 5);
        assertEquals(5, sync().added());

        awaitLoggedInOnly(1);  // before anybody asked for the next sync
        int connections = proxy.connections().size();
        sync();

        assertEquals(connections, proxy.connections().size(), "the next sync logs in no session of its own");
        assertEquals(0, loggedInOnly().size(), "the session logged in ahead is the one that synced");
        List<String> old = syncConnections().get(syncConnections().size() - 2);
        awaitLast(old, "LOGOUT");
    }

    @Test
    void closingTheBackendLogsOutTheSessionLoggedInAhead() throws Exception {
        deliver(0, 2);
        sync();
        awaitLoggedInOnly(1);
        List<String> waiting = loggedInOnly().get(0);
        int index = proxy.connections().indexOf(waiting);

        backend.close();

        awaitLast(index, "LOGOUT");
    }

    @Test
    void withoutLoginAheadNoSessionIsLoggedInBeforeTheNextSync() throws Exception {
        backend.close();
        backend = new ImapBackend(account());  // a one-shot sync (relaydesk sync) would never use it
        backend.connect();
        deliver(0, 2);
        sync();
        Thread.sleep(300);

        assertEquals(0, loggedInOnly().size(), () -> proxy.connections().toString());
    }

    private void awaitLast(List<String> connection, String command) throws InterruptedException {
        awaitLast(proxy.connections().indexOf(connection), command);
    }

    private void awaitLast(int index, String command) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!lastOf(index).equals(command) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(command, lastOf(index), () -> proxy.connections().get(index).toString());
    }

    private String lastOf(int index) {
        List<String> c = proxy.connections().get(index);
        return c.isEmpty() ? "" : c.get(c.size() - 1);
    }

    @Test
    void aFewNewMessagesAreFetchedInOneCommandWithoutListingTheirSizesFirst() throws Exception {
        deliver(0, 3);
        sync();
        sync();
        deliver(3, 6);
        List<List<String>> before = syncConnections();
        int sent = before.get(before.size() - 1).size();

        assertEquals(3, sync().added());

        List<String> last = syncConnections().get(syncConnections().size() - 1);
        assertEquals(List.of("EXAMINE", "UID FETCH", "CLOSE"), last.subList(sent, last.size()));
        assertEquals(6, cache.cachedUids(folder).length);
    }

    /** A first sync with fetches of 5 messages, so 20 messages take several commands. */
    private List<String> firstSyncInFives() throws Exception {
        backend.close();
        int before = proxy.connections().size();
        backend = new ImapBackend(account(), null, new FetchedMessageFactory(), new SyncTuning(5, 1 << 20, 3, 1 << 20, 100));
        backend.connect();
        sync();
        List<List<String>> connections = proxy.connections();
        return connections.subList(before, connections.size()).stream()
                .filter(c -> c.contains("EXAMINE")).findFirst().orElseThrow();
    }

    @Test
    void aFirstSyncOfAFolderWithoutManyHolesFetchesBodiesByUidRangeWithoutListingEveryMessageFirst() throws Exception {
        deliver(0, 20);
        server.delete(folder, 7);  // one hole: UIDs 1..20, 19 messages

        List<String> commands = firstSyncInFives();

        assertEquals(4, commands.stream().filter("UID FETCH"::equals).count(),
                () -> "bodies of 1:5, 6:10, 11:15, 16:20 and no planning FETCH: " + commands);
        assertArrayEquals(server.uids(folder), cache.cachedUids(folder));
    }

    @Test
    void aFirstSyncOfAFolderMostlyDeletedListsItsMessagesToPlanInsteadOfAskingForEmptyRanges() throws Exception {
        deliver(0, 20);
        server.delete(folder, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17);  // 5 left of 20 UIDs

        List<String> commands = firstSyncInFives();

        assertEquals(2, commands.stream().filter("UID FETCH"::equals).count(),
                () -> "one planning FETCH of UIDs and sizes, one FETCH of the 5 bodies: " + commands);
        assertArrayEquals(server.uids(folder), cache.cachedUids(folder));
    }
}
