package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts written by two background threads, as in the app, to a store whose first write waits
 * until the test lets it go: the slow disk that opened a window for a reopened reply to come up
 * empty, and for an older text to land after a newer one.
 */
class DraftLedgerTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final SlowDrafts store = new SlowDrafts();
    private final DraftLedger ledger = new DraftLedger(store, new UiTasks(background, ui));

    @AfterEach
    void stop() {
        store.release();
        background.shutdownNow();
        ui.shutdownNow();
    }

    @Test
    void aReplyReopenedWhileItsDraftIsStillBeingWrittenGetsTheTextBack() throws Exception {
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "The new shade goes out today.")));
        assertTrue(store.writeStarted.await(5, TimeUnit.SECONDS));
        assertEquals("The new shade goes out today.", loaded(7), "from memory: the store has nothing yet");
        assertEquals(Optional.empty(), store.text(7));
        store.release();
        waitUntilWritten(7);
        assertEquals(Optional.of("The new shade goes out today."), store.text(7));
        assertEquals("The new shade goes out today.", loaded(7), "from the store now");
    }

    @Test
    void theLastTextWinsHoweverTheWritesAreTimed() throws Exception {
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "first")));
        assertTrue(store.writeStarted.await(5, TimeUnit.SECONDS));
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "second")));
        onUi(() -> ledger.keep(8, ReplyDraft.text("other@x", "Re: mug", "other")));
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "third")));
        store.release();
        waitUntilWritten(7);
        waitUntilWritten(8);
        assertEquals(Optional.of("third"), store.text(7));
        assertEquals(Optional.of("other"), store.text(8));
        List<String> lampWrites = store.writes.stream().filter(w -> w.startsWith("7:")).toList();
        assertEquals("7:third", lampWrites.get(lampWrites.size() - 1), "the last write is the last text: " + lampWrites);
    }

    @Test
    void aSentReplysDraftIsForgottenEvenIfItsSaveWasStillUnderWay() throws Exception {
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "draft")));
        assertTrue(store.writeStarted.await(5, TimeUnit.SECONDS));
        onUi(() -> ledger.forget(7));
        assertEquals(null, loaded(7), "nothing to restore");
        store.release();
        waitUntilWritten(7);
        assertEquals(Optional.empty(), store.text(7));
    }

    @Test
    void aDraftThatCouldNotBeWrittenStaysForTheNextReopen() throws Exception {
        store.failing = true;
        store.release();
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "kept in memory")));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (store.failures.get() == 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(1, store.failures.get());
        assertEquals("kept in memory", loaded(7));
        store.failing = false;
        onUi(() -> ledger.keep(7, ReplyDraft.text("buyer@x", "Re: lamp", "kept in memory, then written")));
        waitUntilWritten(7);
        assertEquals(Optional.of("kept in memory, then written"), store.text(7));
    }

    private String loaded(long messageId) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        onUi(() -> ledger.load(messageId, found -> {
            text.set(found.body());
            done.countDown();
        }));
        done.await(300, TimeUnit.MILLISECONDS); // no draft: the callback never comes
        return text.get();
    }

    private void onUi(Runnable action) throws Exception {
        ui.submit(action).get(5, TimeUnit.SECONDS);
    }

    private void waitUntilWritten(long messageId) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ledger.unwritten(messageId).isPresent() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(Optional.empty(), ledger.unwritten(messageId), "written within 5 s");
    }

    /** Drafts in memory; writes wait for {@link #release()}, as on a slow or busy disk. */
    private static final class SlowDrafts implements ReplyDrafts {
        final Map<Long, ReplyDraft> saved = new ConcurrentHashMap<>();
        final List<String> writes = java.util.Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch writeStarted = new CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        private final CountDownLatch gate = new CountDownLatch(1);
        volatile boolean failing;

        void release() {
            gate.countDown();
        }

        @Override
        public Optional<ReplyDraft> load(long messageId) {
            return Optional.ofNullable(saved.get(messageId));
        }

        Optional<String> text(long messageId) {
            return load(messageId).map(ReplyDraft::body);
        }

        @Override
        public void save(long messageId, ReplyDraft draft) {
            await();
            saved.put(messageId, draft);
            writes.add(messageId + ":" + draft.body());
        }

        @Override
        public void discard(long messageId) {
            await();
            saved.remove(messageId);
            writes.add(messageId + ":");
        }

        private void await() {
            writeStarted.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                failures.incrementAndGet();
                throw new IllegalStateException("disk full");
            }
        }
    }
}
