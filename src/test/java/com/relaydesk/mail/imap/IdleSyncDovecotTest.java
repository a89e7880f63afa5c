package com.relaydesk.mail.imap;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.Backoff;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.CommandRecordingProxy;
import com.relaydesk.mail.DovecotExtension;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.IdleWatcher;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.ServerHand;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import jakarta.mail.Flags;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server reports during IDLE is stored over the IDLE connection, which has INBOX open
 * already: read off the wire by recording proxies in front of both connections (the watcher's and
 * the full sync's), no second EXAMINE or SELECT of INBOX follows new mail, flag changes or expunges.
 * A cut IDLE connection is reopened, and the reconnect syncs in full.
 */
class IdleSyncDovecotTest {

    private static final String INBOX = "INBOX";

    @RegisterExtension
    static final DovecotExtension DOVECOT = new DovecotExtension();
    private static final AtomicInteger BUYERS = new AtomicInteger(1000);

    private ServerHand server;
    private MemorySyncStore cache;
    private CommandRecordingProxy watchProxy;
    private CommandRecordingProxy syncProxy;
    private ImapBackend sync;
    private IdleWatcher watcher;  // stopped after each test
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final List<FolderSyncResult> inPlace = new CopyOnWriteArrayList<>();
    private final List<MailException> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger fullSyncs = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        server = DOVECOT.server().hand();
        cache = new MemorySyncStore();
        watchProxy = new CommandRecordingProxy(DOVECOT.server().port());
        syncProxy = new CommandRecordingProxy(DOVECOT.server().port());
        sync = new ImapBackend(account(syncProxy)).loginAhead();  // as the app's sync connection
        sync.connect();
        // As the app: the full sync and what IDLE heard are stored one at a time (here all on the
        // watcher's thread; the app hands both to its one sync worker).
        watcher = new IdleWatcher(() -> new ImapBackend(account(watchProxy)), INBOX, new IdleWatcher.Events() {
            @Override
            public void changed() {
                sync.syncFolder(INBOX, cache, SyncListener.NONE, new CancellationToken());
                fullSyncs.incrementAndGet();
            }

            @Override
            public void heard(IdleWatcher.WatchedChanges here) {
                here.syncHere(cache, SyncListener.NONE, new CancellationToken()).ifPresentOrElse(inPlace::add, this::changed);
            }

            @Override
            public void failed(MailException failure, Duration retryIn) {
                failures.add(failure);
            }
        }, new Backoff(Duration.ofMillis(100), Duration.ofMillis(200)), d -> Thread.sleep(d.toMillis()));
    }

    private static MailAccount account(CommandRecordingProxy proxy) {
        return MailAccount.of("127.0.0.1", proxy.port(), "seller", "secret", Security.PLAIN);
    }

    @AfterEach
    void tearDown() throws Exception {
        watcher.stop();
        thread.shutdown();
        assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS), "the watcher ended");
        sync.close();
        server.close();
        watchProxy.close();
        syncProxy.close();
    }

    /** Starts the watcher and waits until it idles on a connection that is not older than {@code connection}. */
    private void watchFrom(int connection) throws InterruptedException {
        waitUntil(() -> {
            List<List<String>> all = watchProxy.connections();
            return all.size() > connection && lastOf(all.get(all.size() - 1)).equals("IDLE");
        });
    }

    private static String lastOf(List<String> commands) {
        return commands.isEmpty() ? "" : commands.get(commands.size() - 1);
    }

    private List<String> opened() {
        List<String> all = new java.util.ArrayList<>(watchProxy.opened());
        all.addAll(syncProxy.opened());
        return all;
    }

    private int[] deliver(int count) throws Exception {
        int from = BUYERS.getAndAdd(count);
        server.append(INBOX, TestMessages.buyerMessages(from, from + count));
        return new int[] {from, from + count};
    }

    private long added() {
        return inPlace.stream().mapToLong(FolderSyncResult::added).sum();
    }

    @Test
    void newMailHeardDuringIdleIsStoredOverTheIdleConnectionWithoutOpeningInboxAgain() throws Exception {
        deliver(2);
        thread.submit(watcher::run);
        watchFrom(0);
        int cached = cache.messages(INBOX).size();
        List<String> opensBefore = opened();

        deliver(3);

        waitUntil(() -> added() == 3);  // the cache has them before syncHere returns
        assertEquals(cached + 3, cache.messages(INBOX).size());
        assertEquals(opensBefore, opened(), "INBOX was not opened again after the new mail");
        assertEquals(List.of("EXAMINE INBOX"), watchProxy.opened(), "the watcher opened INBOX once, to wait on it");
        assertEquals(3, added());
        assertEquals(1, fullSyncs.get(), "one full sync, right after connecting");
        assertEquals("idle qresync", inPlace.get(0).method());
        List<String> watching = watchProxy.connections().get(0);
        int idle = watching.indexOf("IDLE");
        assertEquals(List.of("IDLE", "UID FETCH", "UID FETCH"), watching.subList(idle, idle + 3),
                "the bodies, then flag changes and expunges since the cached MODSEQ, on the IDLE connection");
        waitUntil(() -> lastOf(watchProxy.connections().get(0)).equals("IDLE"));
        FolderSyncResult again = sync.syncFolder(INBOX, cache, SyncListener.NONE, new CancellationToken());
        assertEquals(0, again.added() + again.flagsChanged() + again.removed(),
                "the folder state saved in place leaves nothing for a full sync to find: " + again);
    }

    @Test
    void flagChangesAndExpungesHeardDuringIdleAreAppliedWithoutOpeningInboxAgain() throws Exception {
        deliver(3);
        thread.submit(watcher::run);
        watchFrom(0);
        long[] uids = server.uids(INBOX);
        long flagged = uids[uids.length - 3];
        long deleted = uids[uids.length - 2];
        List<String> opensBefore = opened();

        server.setFlag(INBOX, flagged, new Flags("$NoResponseNeeded"), true);
        server.delete(INBOX, deleted);

        waitUntil(() -> cache.message(INBOX, flagged).flags().contains("$NoResponseNeeded")
                && cache.message(INBOX, deleted) == null);
        assertEquals(opensBefore, opened(), "INBOX was not opened again after the changes");
        assertEquals(1, fullSyncs.get());
        waitUntil(() -> lastOf(watchProxy.connections().get(0)).equals("IDLE"));
        FolderSyncResult again = sync.syncFolder(INBOX, cache, SyncListener.NONE, new CancellationToken());
        assertEquals(0, again.added() + again.flagsChanged() + again.removed(), again::toString);
    }

    @Test
    void aCutIdleConnectionIsReopenedAndTheReconnectSyncsInFull() throws Exception {
        thread.submit(watcher::run);
        watchFrom(0);

        watchProxy.cutAll();

        watchFrom(1);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).retryable());
        assertEquals(2, fullSyncs.get(), "the reconnect caught up with a full sync");
        int cached = cache.messages(INBOX).size();
        deliver(2);
        waitUntil(() -> added() == 2);  // "new mail after the reconnect is stored over the new IDLE connection"
        assertEquals(cached + 2, cache.messages(INBOX).size());
    }

    @Test
    void aBurstAppendedInOneCommandReachesTheCacheOverIdle() throws Exception {
        thread.submit(watcher::run);
        watchFrom(0);
        int cached = cache.messages(INBOX).size();
        int from = BUYERS.getAndAdd(3);

        sync.appendBurst(INBOX, List.of(TestMessages.buyerMessages(from, from + 3)));

        waitUntil(() -> added() == 3);
        assertEquals(cached + 3, cache.messages(INBOX).size());
        List<String> appending = syncProxy.connections().stream().filter(c -> c.contains("APPEND")).findFirst().orElseThrow();
        assertEquals(1, appending.stream().filter("APPEND"::equals).count(), "one MULTIAPPEND: " + appending);
    }

    @Test
    void aStoreThatFailsHalfWayThroughAnInPlaceSyncLeavesAStateTheReconnectResumesFromWithoutDuplicates() throws Exception {
        FailingOnce store = new FailingOnce(cache);
        SyncTuning oneByOne = new SyncTuning(2000, 64L << 20, 1, 16L << 20, 10_000);  // a batch per message
        IdleWatcher failing = new IdleWatcher(() -> new ImapBackend(account(watchProxy), null,
                new com.relaydesk.mail.mime.FetchedMessageFactory(), oneByOne), INBOX, new IdleWatcher.Events() {
            @Override
            public void changed() {
                sync.syncFolder(INBOX, store, SyncListener.NONE, new CancellationToken());
                fullSyncs.incrementAndGet();
            }

            @Override
            public void heard(IdleWatcher.WatchedChanges here) {
                here.syncHere(store, SyncListener.NONE, new CancellationToken()).ifPresentOrElse(inPlace::add, this::changed);
            }

            @Override
            public void failed(MailException failure, Duration retryIn) {
                failures.add(failure);
            }
        }, new Backoff(Duration.ofMillis(100), Duration.ofMillis(200)), d -> Thread.sleep(d.toMillis()));
        watcher = failing;  // stopped by tearDown
        thread.submit(failing::run);
        watchFrom(0);
        int cached = cache.messages(INBOX).size();
        store.armed = true;

        deliver(4);

        waitUntil(() -> cache.messages(INBOX).size() == cached + 4 && fullSyncs.get() == 2);
        assertTrue(store.fired, "the store refused a batch of the in-place sync");
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(0, cache.duplicateInserts, "the reconnect's full sync resumed after the last stored batch");
        FolderSyncResult again = sync.syncFolder(INBOX, cache, SyncListener.NONE, new CancellationToken());
        assertEquals(0, again.added() + again.flagsChanged() + again.removed(), again::toString);
    }

    /** The cache, refusing the second batch of messages once armed (a full disk, say), then storing again. */
    private static final class FailingOnce implements com.relaydesk.mail.SyncStore {
        private final MemorySyncStore real;
        volatile boolean armed;
        volatile boolean fired;
        private int batches;

        FailingOnce(MemorySyncStore real) {
            this.real = real;
        }

        @Override
        public void storeBatch(String folder, List<com.relaydesk.mail.FetchedMessage> messages,
                com.relaydesk.mail.FolderSyncState stateAfter) {
            if (armed && !fired && !messages.isEmpty() && ++batches == 2) {
                fired = true;
                throw new IllegalStateException("disk full");
            }
            real.storeBatch(folder, messages, stateAfter);
        }

        @Override
        public com.relaydesk.mail.FolderSyncState loadState(String folder) {
            return real.loadState(folder);
        }

        @Override
        public void applyFlags(String folder, java.util.Map<Long, java.util.Set<String>> flags,
                com.relaydesk.mail.FolderSyncState stateAfter) {
            real.applyFlags(folder, flags, stateAfter);
        }

        @Override
        public void removeMessages(String folder, java.util.Collection<Long> uids, com.relaydesk.mail.FolderSyncState stateAfter) {
            real.removeMessages(folder, uids, stateAfter);
        }

        @Override
        public long[] cachedUids(String folder) {
            return real.cachedUids(folder);
        }

        @Override
        public java.util.Map<Long, java.util.Set<String>> cachedFlags(String folder) {
            return real.cachedFlags(folder);
        }

        @Override
        public void resetFolder(String folder, com.relaydesk.mail.FolderSyncState newState) {
            real.resetFolder(folder, newState);
        }

        @Override
        public long newestWindowFrom(String folder) {
            return real.newestWindowFrom(folder);
        }
    }
}
