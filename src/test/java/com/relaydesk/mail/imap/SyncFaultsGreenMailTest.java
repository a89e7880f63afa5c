package com.relaydesk.mail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.relaydesk.mail.Backoff;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.CuttableProxy;
import com.relaydesk.mail.DroppingProxy;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.IdleWatcher;
import com.relaydesk.mail.MailAccount;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.MalformedCorpus;
import com.relaydesk.mail.MemorySyncStore;
import com.relaydesk.mail.Security;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.TestMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input and faults against GreenMail on loopback: damaged mail, a cut connection, IDLE push. */
class SyncFaultsGreenMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("seller@example.org", "seller", "secret"))
            .withPerMethodLifecycle(true);

    private static MailAccount account(int port) {
        return MailAccount.of("127.0.0.1", port, "seller", "secret", Security.PLAIN);
    }

    private static ImapBackend connected(int port) {
        ImapBackend b = new ImapBackend(account(port));
        b.connect();
        return b;
    }

    @Test
    void noMalformedMessageStopsTheSyncAndEachIsStoredWithADamageNote() throws Exception {
        Map<String, byte[]> corpus = MalformedCorpus.all(true);
        for (byte[] raw : corpus.values()) {
            GreenMailFolders.append(greenMail, "INBOX", raw);
        }
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        MemorySyncStore cache = new MemorySyncStore();

        try (ImapBackend backend = connected(greenMail.getImap().getPort())) {
            FolderSyncResult r = backend.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
            assertEquals(corpus.size() + 1, r.added());
            assertTrue(r.damaged() >= 6, "damaged: " + r.damaged());
        }
        List<FetchedMessage> stored = cache.messages("INBOX");
        assertEquals(corpus.size() + 1, stored.size());
        FetchedMessage huge = stored.stream().filter(m -> "<fifty@x>".equals(m.messageId())).findFirst().orElseThrow();
        assertTrue(huge.size() >= 50_000_000, "the 50 MB message is stored whole: " + huge.size());
        assertEquals(2, stored.stream().filter(m -> "<same@x>".equals(m.messageId())).count(), "duplicate Message-IDs both kept");
        assertNotNull(stored.get(stored.size() - 1).buyerAlias(), "the clean message after the corpus is read normally");
    }

    @Test
    void aConnectionCutMidFetchFailsWithARetryableMessageAndTheNextSyncResumes() throws Exception {
        for (int i = 0; i < 60; i++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
        MemorySyncStore cache = new MemorySyncStore();
        SyncTuning small = new SyncTuning(10, 1 << 20, 10, 1 << 20, 100);
        try (DroppingProxy proxy = new DroppingProxy(greenMail.getImap().getPort(), 12_000)) {
            ImapBackend viaProxy = new ImapBackend(account(proxy.port()), null,
                    new com.relaydesk.mail.mime.FetchedMessageFactory(), small);
            viaProxy.connect();
            MailException e = assertThrows(MailException.class,
                    () -> new MailSync(cache).syncAll(viaProxy, SyncListener.NONE, new CancellationToken()));
            assertTrue(e.retryable(), e.getMessage());
            assertTrue(e.getMessage().contains("sync again"), e.getMessage());
            viaProxy.close();
        }
        int partial = cache.messages("INBOX").size();
        assertTrue(partial > 0 && partial < 60, "some batches stored before the cut: " + partial);

        try (ImapBackend direct = connected(greenMail.getImap().getPort())) {
            FolderSyncResult r = new MailSync(cache).syncAll(direct, SyncListener.NONE, new CancellationToken()).get(0);
            assertEquals(60 - partial, r.added(), "only what was missing is downloaded");
        }
        assertEquals(60, cache.messages("INBOX").size());
        assertEquals(0, cache.duplicateInserts);
    }

    @Test
    void aConnectionTheServerDroppedWhileQuietIsReplacedBeforeTheNextCommand() throws Exception {
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        MemorySyncStore cache = new MemorySyncStore();
        try (CuttableProxy proxy = new CuttableProxy(greenMail.getImap().getPort());
                ImapBackend backend = new ImapBackend(account(proxy.port())).checkAfterQuiet(Duration.ofMillis(200))) {
            backend.connect();
            new MailSync(cache).syncAll(backend, SyncListener.NONE, new CancellationToken());
            assertTrue(proxy.cutAll() > 0, "the server logs the quiet session out");
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(2));
            Thread.sleep(400);  // quiet for longer than the check

            FolderSyncResult r = new MailSync(cache).syncAll(backend, SyncListener.NONE, new CancellationToken()).get(0);
            assertEquals(1, r.added(), "the next sync ran on a fresh login instead of failing");

            proxy.cutAll();
            Thread.sleep(400);
            long uid = cache.messages("INBOX").get(0).uid();
            backend.setFlags("INBOX", uid, Set.of("$NoResponseNeeded"), Set.of());  // a seller's mark after lunch
        }
        assertEquals(2, cache.messages("INBOX").size());
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$NoResponseNeeded"));
    }

    @Test
    void idlePushesNewMailAndStopEndsTheWatcher() throws Exception {
        Semaphore changes = new Semaphore(0);
        int port = greenMail.getImap().getPort();
        IdleWatcher watcher = new IdleWatcher(() -> new ImapBackend(account(port)), "INBOX", changes::release);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = executor.submit(watcher::run);
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a catch-up sync right after connecting");
            boolean[] reported = {false};
            appendUntil(() -> reported[0] = changes.tryAcquire(2, TimeUnit.SECONDS), 1);
            assertTrue(reported[0], "IDLE reported the new message");
            watcher.stop();
            running.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void withoutCondstoreNewMailHeardOverIdleIsStillStoredOverTheIdleConnection() throws Exception {
        int port = greenMail.getImap().getPort();
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
        MemorySyncStore cache = new MemorySyncStore();
        java.util.concurrent.BlockingQueue<FolderSyncResult> inPlace = new java.util.concurrent.LinkedBlockingQueue<>();
        IdleWatcher watcher = new IdleWatcher(() -> new ImapBackend(account(port)), "INBOX", new IdleWatcher.Events() {
            @Override
            public void changed() {
                try (ImapBackend full = connected(port)) {
                    full.syncFolder("INBOX", cache, SyncListener.NONE, new CancellationToken());
                }
            }

            @Override
            public void heard(IdleWatcher.WatchedChanges here) {
                here.syncHere(cache, SyncListener.NONE, new CancellationToken()).ifPresent(inPlace::add);
            }
        });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = executor.submit(watcher::run);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cache.messages("INBOX").size() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            FolderSyncResult[] first = new FolderSyncResult[1];
            int appended = appendUntil(() -> (first[0] = inPlace.poll(2, TimeUnit.SECONDS)) != null, 2);
            assertNotNull(first[0], "IDLE's news was stored over the IDLE connection");
            long added = 0;
            FolderSyncResult r = first[0];
            while (r != null) {
                assertEquals("idle scan", r.method());
                added += r.added();
                r = added < appended ? inPlace.poll(10, TimeUnit.SECONDS) : null;
            }
            assertEquals(appended, added, "every message appended, stored over the IDLE connection");
            assertEquals(1 + appended, cache.messages("INBOX").size());
            watcher.stop();
            running.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aWatcherThatCannotConnectRetriesWithGrowingPauses() throws Exception {
        List<Duration> waits = new ArrayList<>();
        List<MailException> failures = new ArrayList<>();
        IdleWatcher[] self = new IdleWatcher[1];
        self[0] = new IdleWatcher(() -> new ImapBackend(account(1)), "INBOX", new IdleWatcher.Events() {
            @Override
            public void changed() {
            }

            @Override
            public void failed(MailException failure, Duration retryIn) {
                failures.add(failure);
            }
        }, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)), d -> {
            waits.add(d);
            if (waits.size() == 4) {
                self[0].stop();
            }
        });

        self[0].run();

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4)), waits);
        assertTrue(failures.get(0).retryable());
        assertTrue(failures.get(0).getMessage().contains("could not connect"), failures.get(0).getMessage());
    }

    /**
     * Appends buyer messages until {@code heard} says the watcher heard of them: one that came
     * while the watcher opened the folder, before its IDLE began, may go unreported (a loaded
     * machine took longer than any fixed pause). Returns how many were appended.
     */
    private int appendUntil(java.util.concurrent.Callable<Boolean> heard, int perRound) throws Exception {
        int appended = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < perRound; i++) {
                GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(100 + appended++));
            }
            if (heard.call()) {
                return appended;
            }
        }
        return appended;
    }
}
