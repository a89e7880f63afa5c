package com.relaydesk.mail.imap;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.Capability;
import com.relaydesk.mail.FolderSyncResult;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.mail.SyncStore;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
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
    private final SyncTuning tuning;
    private final BodyDownload download;

    FolderSynchronizer(IMAPStore imap, Set<Capability> caps, FetchedMessageFactory factory, SyncTuning tuning) {
        this.imap = imap;
        this.caps = caps;
        this.tuning = tuning;
        this.download = new BodyDownload(caps, factory, tuning);
    }

    FolderSyncResult sync(String name, boolean sentFolder, SyncStore cache, SyncListener listener, CancellationToken cancel)
            throws MessagingException {
        return sync(name, sentFolder, cache, listener, cancel, null);
    }

    /**
     * As {@link #sync(String, boolean, SyncStore, SyncListener, CancellationToken)}; while the folder's
     * older mail is still to come after {@link #syncNewest}, the download of it stops starting new
     * commands once {@code olderFor} has passed (null: no limit), and the next sync goes on from there.
     */
    FolderSyncResult sync(String name, boolean sentFolder, SyncStore cache, SyncListener listener, CancellationToken cancel,
            Duration olderFor) throws MessagingException {
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
            SyncCounts counts = new SyncCounts();
            counts.openNanos = openNanos;
            long oldUidNext = Math.max(1, state.uidNext());
            String method = opened.method();
            if (oldUidNext > 1 && !reset) {
                method = syncKnownMessages(opened, state, oldUidNext, cache, counts, cancel);
            }
            long windowFrom = reset ? 0 : cache.newestWindowFrom(name);
            FolderSyncState done;
            if (windowFrom > 0) {
                done = fillIn(opened, state, windowFrom, sentFolder, cache, listener, counts, cancel, olderFor);
            } else {
                long span = opened.uidNext() > 0 ? opened.uidNext() - oldUidNext : -1;
                long lastUid = opened.uidNext() > 0 && opened.uidNext() <= oldUidNext || opened.exists() == 0
                        ? nothingNew(name, oldUidNext, listener)
                        : downloadNew(opened.folder(), state, oldUidNext, opened.uidNext(), span, opened.exists(), sentFolder,
                                cache, listener, counts, cancel, null);
                long uidNext = Math.max(Math.max(opened.uidNext(), lastUid + 1), oldUidNext);
                done = new FolderSyncState(name, opened.uidValidity(), uidNext, opened.highestModSeq());
            }
            if (!done.equals(cache.loadState(name))) {  // an unchanged folder writes nothing
                cache.storeBatch(name, List.of(), done);
            }
            FolderSyncResult result = new FolderSyncResult(name, counts.added, counts.flags, counts.removed, counts.bytes,
                    reset, method, counts.damaged, Duration.ofNanos(System.nanoTime() - started), counts.phases());
            listener.folderFinished(result);
            return result;
        } finally {
            closeQuietly(opened.folder());
        }
    }

    /**
     * The rest of a first sync that started with the newest messages ({@link #syncNewest}): their
     * flags and expunges, then mail that came after them (the seller answers it before years of older
     * mail are in), then the older mail from where the last sync left it. New mail is stored as part
     * of the window, with UIDNEXT kept below the older mail still missing, so a sync killed at any
     * point resumes without losing or downloading twice. Returns the folder state that holds after:
     * UIDNEXT past everything once the older mail is all in, else past the older mail stored; the
     * server's MODSEQ either way, as every message stored has flags read after the folder was opened.
     */
    private FolderSyncState fillIn(OpenedFolder opened, FolderSyncState state, long windowFrom, boolean sentFolder,
            SyncStore cache, SyncListener listener, SyncCounts counts, CancellationToken cancel, Duration olderFor)
            throws MessagingException {
        IMAPFolder folder = opened.folder();
        String name = folder.getFullName();
        NewestWindow window = NewestWindow.check(folder, windowFrom, state, cache);
        counts.flags += window.flagsChanged();
        counts.removed += window.removed();
        long newestTop = window.highest();
        if (opened.uidNext() == 0 || opened.uidNext() > newestTop + 1) {
            long addedBefore = counts.added;
            newestTop = download.ranges(folder, FetchPlan.of(List.<long[]>of(new long[] {newestTop + 1, FetchBodies.LAST})),
                    opened.uidNext(),
                    new BodyDownload.Progress(SyncListener.NONE, name, 0, 0), (messages, covered) -> cache.storeNewest(name, messages, state),
                    newestTop, sentFolder, counts, cancel, null, null);
            if (counts.added > addedBefore) {
                listener.newestStored(name);
            }
        }
        long covered = Math.max(1, state.uidNext()) - 1;
        boolean olderAllowed = olderFor == null || !olderFor.isZero();  // none: no listing, no progress
        if (covered + 1 < windowFrom && olderAllowed) {
            long cachedNow = cache.cachedUids(name).length;
            long missing = Math.max(1, opened.exists() - cachedNow);
            UidRanges ranges;
            if (windowFrom - (covered + 1) <= DENSE_UIDS * missing) {
                ranges = UidRanges.dense(covered + 1, windowFrom);
            } else {
                ListNewMessages.Listing older = ListNewMessages.from(folder, covered + 1).below(windowFrom);
                ranges = UidRanges.listed(older.uids(), older.sizes(), tuning.fetchBytes());
            }
            // in parts: commands of about a second each, so a part ends soon after its time is up on a slow line
            FetchPlan plan = olderFor == null ? FetchPlan.fixed(ranges, tuning.fetchMessages())
                    : FetchPlan.paced(ranges, OLDER_MAIL_PER_FETCH, Math.min(tuning.fetchMessages(), MOST_OLDER_MAIL_PER_FETCH));
            // progress over the whole folder, so the figures go on from one sync to the next
            listener.folderStarted(name, opened.exists());
            listener.progress(name, cachedNow, opened.exists(), 0);
            covered = download.ranges(folder, plan, 0, new BodyDownload.Progress(listener, name, cachedNow, opened.exists()),
                    (messages, c) -> cache.storeBatch(name, messages,
                            new FolderSyncState(name, state.uidValidity(), c + 1, state.highestModSeq())),
                    covered, sentFolder, counts, cancel, null, olderFor);
        }
        long uidNext = covered + 1 >= windowFrom ? Math.max(opened.uidNext(), newestTop + 1) : covered + 1;
        return new FolderSyncState(name, opened.uidValidity(), uidNext, opened.highestModSeq());
    }

    /**
     * The first sync of a folder with more than {@code count} messages starts with its newest
     * {@code count} (one {@code FETCH n:*} by sequence number), so the seller sees this week's mail
     * while years of it follow in {@link #sync}. UIDNEXT stays where it was: {@link #sync} later
     * downloads everything below these and re-reads their flags instead of their bodies. A folder
     * with no more than {@code count} messages is synced in full here, so that a small Sent folder
     * is complete before the lists show a big INBOX's newest mail (answered mail must not look
     * unanswered). Does nothing for a folder that is not on its first sync, or whose newest messages
     * an earlier, interrupted first sync stored already.
     */
    FolderSyncResult syncNewest(String name, boolean sentFolder, int count, SyncStore cache, SyncListener listener,
            CancellationToken cancel) throws MessagingException {
        long started = System.nanoTime();
        cancel.throwIfCancelled();
        FolderSyncState state = cache.loadState(name);
        if (state.uidNext() > 1 || cache.cachedUids(name).length > 0) {
            return new FolderSyncResult(name, 0, 0, 0, 0, false, "newest", 0, Duration.ZERO);
        }
        OpenedFolder opened = OpenFolderForSync.open(imap, name, state, caps);
        boolean small = opened.exists() <= count
                || state.uidValidity() != 0 && state.uidValidity() != opened.uidValidity();
        try {
            if (!small) {
                FolderSyncState kept = new FolderSyncState(name, opened.uidValidity(), state.uidNext(), 0);
                SyncCounts counts = new SyncCounts();
                listener.folderStarted(name, count);
                download.newest(opened.folder(), opened.exists() - count + 1, new BodyDownload.Progress(listener, name, 0, count),
                        (messages, coveredUid) -> cache.storeNewest(name, messages, kept), sentFolder, counts, cancel);
                FolderSyncResult result = new FolderSyncResult(name, counts.added, 0, 0, counts.bytes, false, "newest",
                        counts.damaged, Duration.ofNanos(System.nanoTime() - started), counts.phases());
                listener.folderFinished(result);
                return result;
            }
        } finally {
            closeQuietly(opened.folder());
        }
        return sync(name, sentFolder, cache, listener, cancel);
    }

    private static void closeQuietly(IMAPFolder folder) {
        if (folder.isOpen()) {
            try {
                folder.close(false);
            } catch (MessagingException | RuntimeException ignored) {
                // The connection is already gone; the caller reports the first failure.
            }
        }
    }

    /**
     * Brings the cache of a folder this connection holds open for IDLE up to date without opening it
     * again (see {@link WatchedFolder}): new mail first ({@code UID FETCH n:*}, only when the server
     * announced some), then flag changes and expunges since the cached MODSEQ over every UID up to the
     * last one stored ({@link FetchChanges}; without CONDSTORE, the same flag scan as {@link #sync}).
     * That order lets the MODSEQ saved at the end be the highest the second answer showed (or the
     * server stated before it): the server gives every later change a higher one, so nothing is
     * skipped, and messages above the last one stored are new mail to the next sync anyway. Crash-safe as {@link #sync}: the
     * batches carry the old MODSEQ, and only the last write carries the new one.
     *
     * @return empty when only {@link #sync} can do it: the folder was never synced into this cache, a
     *         first sync is unfinished (its older mail still downloading, too), or the folder's
     *         UIDVALIDITY is not the cached one
     */
    java.util.Optional<FolderSyncResult> syncOpen(WatchedFolder watched, boolean sentFolder, SyncStore cache,
            SyncListener listener, CancellationToken cancel) throws MessagingException {
        long started = System.nanoTime();
        cancel.throwIfCancelled();
        IMAPFolder folder = watched.folder();
        String name = folder.getFullName();
        FolderSyncState state = cache.loadState(name);
        boolean condstore = caps.contains(Capability.CONDSTORE);
        if (state.uidValidity() == 0 || state.uidValidity() != folder.getUIDValidity() || state.uidNext() < 1
                || condstore && state.highestModSeq() == 0 || cache.newestWindowFrom(name) > 0) {
            return java.util.Optional.empty();
        }
        WatchedFolder.Heard heard = watched.take();
        SyncCounts counts = new SyncCounts();
        long oldUidNext = state.uidNext();
        Map<Long, Set<String>> stored = new java.util.HashMap<>();
        long lastUid = heard.newMail() || oldUidNext < watched.uidNextAtOpen()
                ? downloadNew(folder, state, oldUidNext, 0, Math.max(Math.max(1, heard.newMessages()),
                        watched.uidNextAtOpen() - oldUidNext), 0, sentFolder, cache, listener, counts, cancel, stored)
                : nothingNew(name, oldUidNext, listener);
        long uidNext = Math.max(oldUidNext, lastUid + 1);
        long top = uidNext - 1;
        cancel.throwIfCancelled();
        Map<Long, Set<String>> changed;
        List<Long> removed = new ArrayList<>();
        long modSeq = 0;
        String method;
        if (condstore) {
            FetchChanges.Changes c = FetchChanges.since(folder, top, state.highestModSeq(), watched.qresync());
            changed = c.flags();
            // The server also states its HIGHESTMODSEQ on its own (at the open, after expunges: "* OK
            // [HIGHESTMODSEQ n]"), always before the command just run, which reported every change since
            // the cached MODSEQ: all changes up to that value are in hand too. Without it an expunge,
            // which no message's MODSEQ shows, would be reported again by every later sync.
            modSeq = Math.max(Math.max(state.highestModSeq(), c.highestModSeq()), Math.max(0, folder.getHighestModSeq()));
            removed.addAll(watched.qresync() ? c.vanished() : expunged(folder, top, cache));
            method = watched.qresync() ? "qresync" : "condstore";
        } else {
            changed = scanFlags(folder, top, cancel);
            removed.addAll(notOnServer(changed, top, cache.cachedUids(name)));
            method = "scan";
        }
        // the messages just stored come back among the changes (their MODSEQ is new): nothing to apply
        changed.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
        cancel.throwIfCancelled();
        FolderSyncState kept = new FolderSyncState(name, state.uidValidity(), uidNext, state.highestModSeq());
        FolderSyncState done = new FolderSyncState(name, state.uidValidity(), uidNext, modSeq);
        if (!changed.isEmpty()) {
            cache.applyFlags(name, changed, removed.isEmpty() ? done : kept);
        }
        if (!removed.isEmpty()) {
            cache.removeMessages(name, removed, done);
        }
        if (changed.isEmpty() && removed.isEmpty() && !done.equals(cache.loadState(name))) {
            cache.storeBatch(name, List.of(), done);
        }
        FolderSyncResult result = new FolderSyncResult(name, counts.added, changed.size(), removed.size(), counts.bytes,
                false, "idle " + method, counts.damaged, Duration.ofNanos(System.nanoTime() - started), counts.phases());
        listener.folderFinished(result);
        return java.util.Optional.of(result);
    }

    /** Flag changes and expunges among UIDs below {@code oldUidNext}; returns the method used. */
    private String syncKnownMessages(OpenedFolder opened, FolderSyncState state, long oldUidNext, SyncStore cache,
            SyncCounts counts, CancellationToken cancel) throws MessagingException {
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
            removed.addAll(expunged(opened.folder(), top, cache));
            method = "condstore";
        } else {
            // No CONDSTORE (or a first sync that was interrupted): read every flag, in chunks.
            changed = scanFlags(opened.folder(), top, cancel);
            removed.addAll(notOnServer(changed, top, cache.cachedUids(opened.folder().getFullName())));
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

    /** Flags of every message up to {@code top}, read in chunks (no CONDSTORE). */
    private Map<Long, Set<String>> scanFlags(IMAPFolder folder, long top, CancellationToken cancel) throws MessagingException {
        Map<Long, Set<String>> flags = new java.util.HashMap<>();
        for (long from = 1; from <= top; from += tuning.scanUids()) {
            cancel.throwIfCancelled();
            flags.putAll(FetchFlags.inRange(folder, from, Math.min(top, from + tuning.scanUids() - 1), 0));
        }
        return flags;
    }

    /** Cached UIDs up to {@code top} that a full flag scan did not find on the server. */
    private static List<Long> notOnServer(Map<Long, Set<String>> scanned, long top, long[] cached) {
        List<Long> gone = new ArrayList<>();
        for (long uid : cached) {
            if (uid <= top && !scanned.containsKey(uid)) {
                gone.add(uid);
            }
        }
        return gone;
    }

    /** Expunged UIDs without QRESYNC: only when the counts disagree, compare the UID lists. */
    private List<Long> expunged(IMAPFolder folder, long top, SyncStore cache) throws MessagingException {
        long[] cached = cache.cachedUids(folder.getFullName());
        long[] server = SearchUids.inRange(folder, 1, top);
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

    private static long nothingNew(String name, long firstUid, SyncListener listener) {
        listener.folderStarted(name, 0);
        return firstUid - 1;
    }

    /**
     * Downloads messages from {@code firstUid} on, each batch stored with the state that says every
     * UID up to it is cached. Returns the last UID stored.
     *
     * @param serverUidNext the folder's UIDNEXT when known, else 0
     * @param span          how many new UIDs there are at most (or, heard over IDLE, about), -1 when unknown
     * @param exists        how many messages the folder holds when known, else 0
     * @param flagsStored   when not null, receives the flags of every message stored
     */
    private long downloadNew(IMAPFolder folder, FolderSyncState state, long firstUid, long serverUidNext, long span,
            long exists, boolean sentFolder, SyncStore cache, SyncListener listener, SyncCounts counts,
            CancellationToken cancel, Map<Long, Set<String>> flagsStored) throws MessagingException {
        String name = folder.getFullName();
        FetchPlan commands;
        long total;
        if (span >= 0 && span <= Math.min(tuning.fetchMessages(), DIRECT_FETCH_UIDS)) {
            // Few new messages (new mail since the last sync): one body FETCH of "first:*" without the
            // planning round trip. Messages are streamed one by one, so no size plan is needed to
            // bound the heap; the progress total is the UID span, an upper bound.
            commands = FetchPlan.of(List.<long[]>of(new long[] {firstUid, FetchBodies.LAST}));
            total = span;
        } else if (firstUid <= 1 && serverUidNext > 0 && span <= DENSE_UIDS * exists) {
            // A first sync of a folder whose UIDs are mostly taken (the usual case: servers number
            // new mail one by one): ranges of fetchMessages UIDs hold at most that many messages
            // each and at least half of it on average, so the bodies are asked for at once,
            // without the planning FETCH of every UID and size first (10,000 FETCH responses to
            // read before the first body). A resumed or later sync does not know how many of the
            // span's UIDs it holds already, so it plans.
            commands = FetchPlan.fixed(UidRanges.dense(firstUid, serverUidNext), tuning.fetchMessages());
            total = exists;
        } else {
            long listStart = CpuClock.thread();
            ListNewMessages.Listing listing = ListNewMessages.from(folder, firstUid);
            counts.fetchNanos += CpuClock.thread() - listStart;
            commands = FetchPlan.fixed(UidRanges.listed(listing.uids(), listing.sizes(), tuning.fetchBytes()),
                    tuning.fetchMessages());
            total = listing.uids().length;
        }
        listener.folderStarted(name, total);
        return download.ranges(folder, commands, serverUidNext, new BodyDownload.Progress(listener, name, 0, total),
                (messages, coveredUid) -> cache.storeBatch(name, messages,
                        new FolderSyncState(name, state.uidValidity(), coveredUid + 1, state.highestModSeq())),
                state.uidNext() - 1, sentFolder, counts, cancel, flagsStored, null);
    }

    /**
     * How long one FETCH of a first sync's older mail takes while it comes in parts ({@code olderFor}):
     * the part may end, and what waits for the connection run, only between commands.
     */
    private static final Duration OLDER_MAIL_PER_FETCH = Duration.ofSeconds(1);

    /** At most this many messages per such FETCH, about 5 MB: on a fast line, more gains nothing. */
    private static final int MOST_OLDER_MAIL_PER_FETCH = 1000;

    /** At most this many new UIDs are fetched without first listing their sizes (one round trip less). */
    private static final long DIRECT_FETCH_UIDS = 500;

    /**
     * New UIDs are fetched in plain UID ranges, without listing them first, while the span holds at
     * most this many UIDs per message in the folder; sparser folders (most of their mail deleted)
     * would cost a round trip per mostly empty range, so they are listed and planned.
     */
    private static final long DENSE_UIDS = 2;
}
