package com.relaydesk.ui.compose;

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
 * The reply drafts of one profile between the editors and the disk. A closed editor's text is held
 * here until it is written, so a reply reopened at once gets it back even while the write is still
 * running; one writer at a time writes each draft's latest text, so an older text can never land
 * after a newer one. A write that fails keeps the text here, for the next reopen or write.
 */
final class DraftLedger {

    private static final Logger LOG = Logger.getLogger(DraftLedger.class.getName());

    /** A draft waiting to be written; a blank body means the draft is to be forgotten. */
    private record Pending(String to, String subject, String body) {
    }

    private final ReplyDrafts drafts;
    private final UiTasks tasks;
    private final Map<Long, Pending> unwritten = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    DraftLedger(ReplyDrafts drafts, UiTasks tasks) {
        this.drafts = drafts;
        this.tasks = tasks;
    }

    /** Hands {@code onText} the draft answering that message, if there is one. */
    void load(long messageId, Consumer<String> onText) {
        Pending pending = unwritten.get(messageId);
        if (pending != null) {
            if (!pending.body().isBlank()) {
                onText.accept(pending.body());
            }
            return;
        }
        tasks.run(() -> drafts.load(messageId), saved -> saved.ifPresent(onText), e -> LOG.log(Level.WARNING,
                "the draft could not be read", e));
    }

    /** Keeps this text as the draft (a blank one forgets it). */
    void keep(long messageId, String to, String subject, String body) {
        unwritten.put(messageId, new Pending(to, subject, body));
        writeSoon();
    }

    /** The reply is in the outbox: the draft is forgotten. */
    void forget(long messageId) {
        keep(messageId, null, null, "");
    }

    /** What is still to be written, for a test to see. */
    Optional<String> unwritten(long messageId) {
        return Optional.ofNullable(unwritten.get(messageId)).map(Pending::body);
    }

    private void writeSoon() {
        if (writing.compareAndSet(false, true)) {
            tasks.run(this::writeAll, done -> { }, e -> { });
        }
    }

    /**
     * Runs in the background until nothing is left to write but texts whose write failed: those
     * are tried again when a newer text of any draft comes, not in a loop against a full disk.
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
                    unwritten.remove(entry.getKey(), pending); // unless a newer text came meanwhile
                } catch (RuntimeException e) {
                    failed.add(pending);
                    LOG.log(Level.WARNING, "a reply draft could not be saved; its text is kept in memory", e);
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
        if (pending.body().isBlank()) {
            drafts.discard(messageId);
        } else {
            drafts.save(messageId, pending.to(), pending.subject(), pending.body());
        }
    }
}
