package com.relaydesk.mail.imap;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Downloads message bodies: this thread reads and parses, a {@link BatchWriter} stores the batches
 * meanwhile, so the next FETCH is read while the last batch is written. Each batch is stored with
 * the UID up to which the folder is then cached, the state a killed sync resumes from.
 */
final class BodyDownload {

    /** Batches queued on the writer beyond the one it is storing: bounds the heap to about three batches. */
    private static final int WRITER_QUEUE = 1;

    private final Set<Capability> caps;
    private final FetchedMessageFactory factory;
    private final SyncTuning tuning;

    BodyDownload(Set<Capability> caps, FetchedMessageFactory factory, SyncTuning tuning) {
        this.caps = caps;
        this.factory = factory;
        this.tuning = tuning;
    }

    /** Stores one batch; {@code coveredUid}: every UID up to it is in the cache once it is stored. */
    interface BatchStore {
        void store(List<FetchedMessage> messages, long coveredUid);
    }

    /**
     * Where progress goes: {@code base} messages were in the folder's cache before, of {@code total}
     * (0 when unknown).
     */
    record Progress(SyncListener listener, String folder, long base, long total) {
        void stored(long added, long bytes) {
            listener.progress(folder, base + added, Math.max(total, base + added), bytes);
        }
    }

    /**
     * Runs body FETCH commands (UID ranges; {@link FetchBodies#LAST} for "to the last"). Once
     * {@code runFor} has passed (null: never), no further command starts; the first starts unless it
     * is zero. Returns the last UID covered, which is {@code coveredBefore} when nothing was.
     *
     * @param serverUidNext the folder's UIDNEXT when known, else 0
     * @param flagsStored   when not null, receives the flags of every message stored
     */
    long ranges(IMAPFolder folder, FetchPlan plan, long serverUidNext, Progress progress, BatchStore store,
            long coveredBefore, boolean sentFolder, SyncCounts counts, CancellationToken cancel,
            Map<Long, Set<String>> flagsStored, Duration runFor) throws MessagingException {
        String name = folder.getFullName();
        long started = System.nanoTime();
        return write(name, progress, store, coveredBefore, counts, cancel, batch -> {
            int run = 0;
            while (true) {
                cancel.throwIfCancelled();
                if (runFor != null && (run++ > 0 ? System.nanoTime() - started >= runFor.toNanos() : runFor.isZero())) {
                    break;  // the rest next time
                }
                long[] command = plan.next();
                if (command == null) {
                    break;
                }
                long from = command[0];
                long to = command[1];
                long fetchStart = CpuClock.thread();
                long wallStart = System.nanoTime();
                long[] highest = {0};
                int[] fetched = {0};
                FetchBodies.range(folder, from, to, caps.contains(Capability.CONDSTORE), raw -> {
                    highest[0] = Math.max(highest[0], raw.uid());
                    fetched[0]++;
                    if (flagsStored != null) {
                        flagsStored.put(raw.uid(), raw.flags());
                    }
                    batch.add(parse(name, sentFolder, raw, counts), raw.size(), raw.uid(), cancel);
                });
                counts.fetchAndParseNanos += CpuClock.thread() - fetchStart;
                plan.ran(fetched[0], System.nanoTime() - wallStart);
                // "first:*" covered every UID the folder had when it was opened (UIDNEXT - 1), and every
                // UID up to the highest it returned
                batch.flush(to == FetchBodies.LAST ? Math.max(serverUidNext - 1, highest[0]) : to);
            }
        });
    }

    /** The messages from sequence number {@code fromSequence} to the last ({@code FETCH n:*}). */
    void newest(IMAPFolder folder, long fromSequence, Progress progress, BatchStore store, boolean sentFolder,
            SyncCounts counts, CancellationToken cancel) throws MessagingException {
        String name = folder.getFullName();
        write(name, progress, store, 0, counts, cancel, batch -> {
            FetchBodies.newest(folder, fromSequence, caps.contains(Capability.CONDSTORE),
                    raw -> batch.add(parse(name, sentFolder, raw, counts), raw.size(), raw.uid(), cancel));
            batch.flush(Long.MAX_VALUE);
        });
    }

    /** Reads into batches, which one writer thread stores as they fill. */
    private interface Reading {
        void into(Batch batch) throws MessagingException;
    }

    private long write(String name, Progress progress, BatchStore store, long coveredBefore, SyncCounts counts,
            CancellationToken cancel, Reading reading) throws MessagingException {
        Stored stored = new Stored(coveredBefore);
        try (BatchWriter writer = new BatchWriter(name, WRITER_QUEUE, cancel, (messages, coveredUid, bytes) -> {
            store.store(messages, coveredUid);
            stored.added += messages.size();
            stored.bytes += bytes;
            stored.lastUid = coveredUid;
            progress.stored(stored.added, stored.bytes);
        })) {
            reading.into(new Batch(writer, stored.lastUid, counts));
            writer.finish();
            counts.storeNanos += writer.storeNanos();
            counts.waitNanos += writer.waitNanos();
        }
        counts.added += stored.added;
        counts.bytes += stored.bytes;
        return stored.lastUid;
    }

    private FetchedMessage parse(String folder, boolean sentFolder, FetchBodies.RawMessage raw, SyncCounts counts) {
        boolean timed = counts.timesNextParse();
        long parseStart = timed ? CpuClock.thread() : 0;
        FetchedMessage m = factory.create(folder, sentFolder, raw.uid(), raw.modSeq(), raw.flags(), raw.internalDate(),
                raw.size(), raw.content());
        if (timed) {
            counts.timedParse(CpuClock.thread() - parseStart);
        }
        return m;
    }

    /** What the writer thread stored; read by the syncing thread only after the writer finished. */
    private static final class Stored {
        long added;
        long bytes;
        long lastUid;

        Stored(long lastUid) {
            this.lastUid = lastUid;
        }
    }

    /** Parsed messages waiting to be handed to the writer as one transaction. */
    private final class Batch {
        final BatchWriter writer;
        final SyncCounts counts;
        final List<FetchedMessage> messages = new ArrayList<>();
        long bytes;
        long lastHandedOver;

        Batch(BatchWriter writer, long lastStored, SyncCounts counts) {
            this.writer = writer;
            this.lastHandedOver = lastStored;
            this.counts = counts;
        }

        /** Adds a message; a full batch goes to the writer, covering every UID up to this one's. */
        void add(FetchedMessage m, long size, long uid, CancellationToken cancel) {
            messages.add(m);
            bytes += size;
            if (m.damage() != null) {
                counts.damaged++;
            }
            if (messages.size() >= tuning.storeMessages() || bytes >= tuning.storeBytes()) {
                cancel.throwIfCancelled();
                flush(uid);
            }
        }

        /** Hands the batch over; its state will say every UID up to {@code coveredUid} is cached. */
        void flush(long coveredUid) {
            if (messages.isEmpty() && coveredUid <= lastHandedOver) {
                return;
            }
            writer.submit(messages, coveredUid, bytes);
            lastHandedOver = coveredUid;
            messages.clear();
            bytes = 0;
        }
    }
}
