package com.relaydesk.mail.imap;

import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.SyncStore;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The messages {@link FolderSynchronizer#syncNewest} stored before a folder's first sync went on,
 * and new mail stored above them since: brought up to date without downloading them again while
 * the older mail downloads. Their flags are read again (they may have changed since, even in an
 * earlier session) and those gone from the server are removed, with the folder state as it was
 * (UIDNEXT still below them).
 *
 * @param highest      the highest UID cached in it (one below where it starts when none is left)
 * @param flagsChanged how many had other flags on the server
 * @param removed      how many were gone from it
 */
record NewestWindow(long highest, int flagsChanged, int removed) {

    /** Checks the window of {@code folder} that starts at UID {@code from} ({@link SyncStore#newestWindowFrom}). */
    static NewestWindow check(IMAPFolder folder, long from, FolderSyncState state, SyncStore cache)
            throws MessagingException {
        String name = folder.getFullName();
        Map<Long, Set<String>> known = cache.cachedFlags(name, from);
        long[] cached = known.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        if (cached.length == 0) {
            return new NewestWindow(from - 1, 0, 0);
        }
        long highest = cached[cached.length - 1];
        Map<Long, Set<String>> onServer = FetchFlags.inRange(folder, from, highest, 0);
        Map<Long, Set<String>> changed = new HashMap<>();
        List<Long> gone = new ArrayList<>();
        for (long uid : cached) {
            Set<String> now = onServer.get(uid);
            if (now == null) {
                gone.add(uid);
            } else if (!now.equals(known.get(uid))) {
                changed.put(uid, now);
            }
        }
        if (!changed.isEmpty()) {
            cache.applyFlags(name, changed, state);
        }
        if (!gone.isEmpty()) {
            cache.removeMessages(name, gone, state);
        }
        return new NewestWindow(highest, changed.size(), gone.size());
    }
}
