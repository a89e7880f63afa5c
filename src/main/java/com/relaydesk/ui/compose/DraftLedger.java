package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplyDrafts;
import com.relaydesk.ui.common.UiTasks;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reply drafts of one profile between the editors and the disk. A closed editor's draft is held
 * here until it is written, so a reply reopened at once gets it back even while the write is still
 * running; one writer at a time writes each draft's latest state, so an older one can never land
 * after a newer one. A write that fails keeps the draft here, for the next reopen or write.
 */
final class DraftLedger {

    private static final Logger LOG = Logger.getLogger(DraftLedger.class.getName());

    /** A draft waiting to be written; none means the draft is to be forgotten. */
    private record Pending(Optional<ReplyDraft> draft) {
    }

    private final ReplyDrafts drafts;
    private final UiTasks tasks;
    private final Map<Long, Pending> unwritten = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    DraftLedger(ReplyDrafts drafts, UiTasks tasks) {
        this.drafts = drafts;
        this.tasks = tasks;
    }

    /** Hands {@code onDraft} the draft answering that message, if there is one. */
    void load(long messageId, Consumer<ReplyDraft> onDraft) {
        Pending pending = unwritten.get(messageId);
        if (pending != null) {
            pending.draft().ifPresent(onDraft);
            return;
        }
        tasks.run(() -> drafts.load(messageId), saved -> saved.ifPresent(onDraft), e -> LOG.log(Level.WARNING,
                "the draft could not be read", e));
    }

    /** Keeps this as the message's draft. */
    void keep(long messageId, ReplyDraft draft) {
        unwritten.put(messageId, new Pending(Optional.of(draft)));
        writeSoon();
    }

    /** The reply is in the outbox or was emptied: the draft and its attachments are forgotten. */
    void forget(long messageId) {
        unwritten.put(messageId, new Pending(Optional.empty()));
        writeSoon();
    }

    /** What is still to be written (an empty body for a draft to be forgotten), for a test to see. */
    Optional<String> unwritten(long messageId) {
        return Optional.ofNullable(unwritten.get(messageId)).map(p -> p.draft().map(ReplyDraft::body).orElse(""));
    }

    private void writeSoon() {
        if (writing.compareAndSet(false, true)) {
            tasks.run(this::writeAll, done -> { }, e -> { });
        }
    }

    /**
     * Runs in the background until nothing is left to write but drafts whose write failed: those
     * are tried again when a newer state of any draft comes, not in a loop against a full disk.
     */
    private Void writeAll() {
        Set<Pending> failed = Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            for (Map.Entry<Long, Pending> entry : unwritten.entrySet()) {
                Pending pending = entry.getValue();
                if (failed.contains(pending)) {
                    continue;
                }
                try {
                    write(entry.getKey(), pending);
                    unwritten.remove(entry.getKey(), pending); // unless a newer one came meanwhile
                } catch (RuntimeException e) {
                    failed.add(pending);
                    LOG.log(Level.WARNING, "a reply draft could not be saved; it is kept in memory", e);
                }
            }
            writing.set(false);
            boolean more = unwritten.values().stream().anyMatch(pending -> !failed.contains(pending));
            if (!more || !writing.compareAndSet(false, true)) {
                return null;
            }
        }
    }

    private void write(long messageId, Pending pending) {
        if (pending.draft().isEmpty()) {
            drafts.discard(messageId);
        } else {
            drafts.save(messageId, pending.draft().get());
        }
    }
}
