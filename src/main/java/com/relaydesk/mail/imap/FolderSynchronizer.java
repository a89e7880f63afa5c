package com.relaydesk.mail.imap;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncPhases;
import com.relaydesk.mail.SyncStore;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Brings one folder's cache up to date. Order matters for crash safety: first changes to
 * messages already cached (flags, expunges), then new messages in batches, each batch stored
 * with the state that holds after it (UIDNEXT = last stored UID + 1, the old HIGHESTMODSEQ);
 * only at the end is the server's HIGHESTMODSEQ saved. A sync killed at any point therefore
 * resumes where it stopped and misses nothing.
 */
final class FolderSynchronizer {

    private final IMAPStore imap;
    private final Set<Capability> caps;
    private final FetchedMessageFactory factory;
    private final SyncTuning tuning;

    FolderSynchronizer(IMAPStore imap, Set<Capability> caps, FetchedMessageFactory factory, SyncTuning tuning) {
        this.imap = imap;
        this.caps = caps;
        this.factory = factory;
        this.tuning = tuning;
    }

    FolderSyncResult sync(String name, boolean sentFolder, SyncStore cache, SyncListener listener, CancellationToken cancel)
            throws MessagingException {
        long started = System.nanoTime();
        cancel.throwIfCancelled();
        FolderSyncState state = cache.loadState(name);
        long openStart = System.nanoTime();
        OpenedFolder opened = OpenFolderForSync.open(imap, name, state, caps);
        long openNanos = System.nanoTime() - openStart;
        try {
            boolean reset = false;
            if (state.uidValidity() != 0 && state.uidValidity() != opened.uidValidity()) {
                // The server renumbered the folder: cached UIDs mean nothing any more.
                state = new FolderSyncState(name, opened.uidValidity(), 0, 0);
                cache.resetFolder(name, state);
                reset = true;
            } else if (state.uidValidity() == 0) {
                state = new FolderSyncState(name, opened.uidValidity(), state.uidNext(), 0);
            }
            Counts counts = new Counts();
            counts.openNanos = openNanos;
            long oldUidNext = Math.max(1, state.uidNext());
            String method = opened.method();
            if (oldUidNext > 1 && !reset) {
                method = syncKnownMessages(opened, state, oldUidNext, cache, counts, cancel);
            }
            long lastUid = downloadNew(opened, state, oldUidNext, sentFolder, cache, listener, counts, cancel);
            long uidNext = Math.max(Math.max(opened.uidNext(), lastUid + 1), oldUidNext);
            FolderSyncState done = new FolderSyncState(name, opened.uidValidity(), uidNext, opened.highestModSeq());
            if (!done.equals(cache.loadState(name))) {  // an unchanged folder writes nothing
                cache.storeBatch(name, List.of(), done);
            }
            FolderSyncResult result = new FolderSyncResult(name, counts.added, counts.flags, counts.removed, counts.bytes,
                    reset, method, counts.damaged, Duration.ofNanos(System.nanoTime() - started), counts.phases());
            listener.folderFinished(result);
            return result;
        } finally {
            if (opened.folder().isOpen()) {
                try {
                    opened.folder().close(false);
                } catch (MessagingException | RuntimeException ignored) {
                    // The connection is already gone; the caller reports the first failure.
                }
            }
        }
    }

    private static final class Counts {
        long added;
        long flags;
        long removed;
        long bytes;
        int damaged;
        long fetchNanos;
        long parseNanos;
        long storeNanos;
        long waitNanos;
        long openNanos;

        SyncPhases phases() {
            return new SyncPhases(Duration.ofNanos(fetchNanos), Duration.ofNanos(parseNanos), Duration.ofNanos(storeNanos),
                    Duration.ofNanos(waitNanos), Duration.ofNanos(openNanos), Duration.ZERO);
        }
    }

    /** Flag changes and expunges among UIDs below {@code oldUidNext}; returns the method used. */
    private String syncKnownMessages(OpenedFolder opened, FolderSyncState state, long oldUidNext, SyncStore cache,
            Counts counts, CancellationToken cancel) throws MessagingException {
        long top = oldUidNext - 1;
        Map<Long, Set<String>> changed;
        List<Long> removed = new ArrayList<>();
        String method;
        if (opened.method().equals("qresync")) {
            changed = opened.changedFlags();
            changed.keySet().removeIf(uid -> uid > top);
            for (long uid : opened.vanished()) {
                if (uid <= top) {
                    removed.add(uid);
                }
            }
            method = "qresync";
        } else if (opened.method().equals("condstore") && state.highestModSeq() > 0) {
            changed = opened.highestModSeq() == state.highestModSeq() ? Map.of()
                    : FetchFlags.inRange(opened.folder(), 1, top, state.highestModSeq());
            removed.addAll(expunged(opened, top, cache));
            method = "condstore";
        } else {
            // No CONDSTORE (or a first sync that was interrupted): read every flag, in chunks.
            changed = new java.util.HashMap<>();
            for (long from = 1; from <= top; from += tuning.scanUids()) {
                cancel.throwIfCancelled();
                changed.putAll(FetchFlags.inRange(opened.folder(), from, Math.min(top, from + tuning.scanUids() - 1), 0));
            }
            long[] cached = cache.cachedUids(opened.folder().getFullName());
            for (long uid : cached) {
                if (uid <= top && !changed.containsKey(uid)) {
                    removed.add(uid);
                }
            }
            method = "scan";
        }
        cancel.throwIfCancelled();
        String name = opened.folder().getFullName();
        if (!changed.isEmpty()) {
            cache.applyFlags(name, changed, state);
            counts.flags = changed.size();
        }
        if (!removed.isEmpty()) {
            cache.removeMessages(name, removed, state);
            counts.removed = removed.size();
        }
        return method;
    }

    /** Expunged UIDs without QRESYNC: only when the counts disagree, compare the UID lists. */
    private List<Long> expunged(OpenedFolder opened, long top, SyncStore cache) throws MessagingException {
        long[] cached = cache.cachedUids(opened.folder().getFullName());
        long[] server = SearchUids.inRange(opened.folder(), 1, top);
        List<Long> gone = new ArrayList<>();
        if (server.length == cached.length) {
            return gone;
        }
        Set<Long> present = new HashSet<>();
        for (long uid : server) {
            present.add(uid);
        }
        for (long uid : cached) {
            if (!present.contains(uid)) {
                gone.add(uid);
            }
        }
        return gone;
    }

    /**
     * Downloads messages from {@code firstUid} on: this thread reads and parses, a
     * {@link BatchWriter} stores the batches meanwhile. Returns the last UID stored.
     */
    private long downloadNew(OpenedFolder opened, FolderSyncState state, long firstUid, boolean sentFolder,
            SyncStore cache, SyncListener listener, Counts counts, CancellationToken cancel) throws MessagingException {
        String name = opened.folder().getFullName();
        if (opened.uidNext() > 0 && opened.uidNext() <= firstUid || opened.exists() == 0) {
            listener.folderStarted(name, 0);
            return firstUid - 1;
        }
        long[] uids;
        long[] sizes;
        long span = opened.uidNext() - firstUid;
        boolean direct = opened.uidNext() > 0 && span <= Math.min(tuning.fetchMessages(), DIRECT_FETCH_UIDS);
        if (direct) {
            // Few new messages (new mail since the last sync): one body FETCH of "first:*" without the
            // planning round trip. Messages are streamed one by one, so no size plan is needed to
            // bound the heap; the progress total is the UID span, an upper bound.
            uids = new long[] {firstUid};
            sizes = new long[] {0};
            listener.folderStarted(name, span);
        } else {
            long listStart = CpuClock.thread();
            ListNewMessages.Listing listing = ListNewMessages.from(opened.folder(), firstUid);
            counts.fetchNanos += CpuClock.thread() - listStart;
            uids = listing.uids();
            sizes = listing.sizes();
            listener.folderStarted(name, uids.length);
        }
        long total = direct ? span : uids.length;
        Stored stored = new Stored(state.uidNext() - 1);
        try (BatchWriter writer = new BatchWriter(name, WRITER_QUEUE, cancel, (messages, coveredUid, bytes) -> {
            cache.storeBatch(name, messages,
                    new FolderSyncState(name, state.uidValidity(), coveredUid + 1, state.highestModSeq()));
            stored.added += messages.size();
            stored.bytes += bytes;
            stored.lastUid = coveredUid;
            listener.progress(name, stored.added, total, stored.bytes);
        })) {
            Batch batch = new Batch(writer, stored.lastUid, counts);
            int i = 0;
            while (i < uids.length) {
                cancel.throwIfCancelled();
                int j = i;
                long bytes = 0;
                while (j < uids.length && j - i < tuning.fetchMessages() && (j == i || bytes + sizes[j] <= tuning.fetchBytes())) {
                    bytes += sizes[j];
                    j++;
                }
                long from = uids[i];
                long to = direct ? FetchBodies.LAST : uids[j - 1];
                long fetchStart = CpuClock.thread();
                long parseBefore = counts.parseNanos;
                long[] highest = {0};
                FetchBodies.range(opened.folder(), from, to, caps.contains(Capability.CONDSTORE), raw -> {
                    long parseStart = CpuClock.thread();
                    FetchedMessage m = factory.create(name, sentFolder, raw.uid(), raw.modSeq(), raw.flags(),
                            raw.internalDate(), raw.size(), raw.content());
                    counts.parseNanos += CpuClock.thread() - parseStart;
                    highest[0] = Math.max(highest[0], raw.uid());
                    batch.add(m, raw.size());
                    if (batch.full()) {
                        cancel.throwIfCancelled();
                        batch.flush(raw.uid());
                    }
                });
                counts.fetchNanos += CpuClock.thread() - fetchStart - (counts.parseNanos - parseBefore);
                // "first:*" covered every UID the folder had when it was opened (UIDNEXT - 1)
                batch.flush(direct ? Math.max(opened.uidNext() - 1, highest[0]) : to);
                i = j;
            }
            writer.finish();
            counts.storeNanos += writer.storeNanos();
            counts.waitNanos += writer.waitNanos();
        }
        counts.added += stored.added;
        counts.bytes += stored.bytes;
        return stored.lastUid;
    }

    /** At most this many new UIDs are fetched without first listing their sizes (one round trip less). */
    private static final long DIRECT_FETCH_UIDS = 500;

    /** Batches queued on the writer beyond the one it is storing: bounds the heap to about three batches. */
    private static final int WRITER_QUEUE = 1;

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
        final Counts counts;
        final List<FetchedMessage> messages = new ArrayList<>();
        long bytes;
        long lastHandedOver;

        Batch(BatchWriter writer, long lastStored, Counts counts) {
            this.writer = writer;
            this.lastHandedOver = lastStored;
            this.counts = counts;
        }

        void add(FetchedMessage m, long size) {
            messages.add(m);
            bytes += size;
            if (m.damage() != null) {
                counts.damaged++;
            }
        }

        boolean full() {
            return messages.size() >= tuning.storeMessages() || bytes >= tuning.storeBytes();
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
