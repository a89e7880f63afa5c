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
 * The messages {@link FolderSynchronizer#syncNewest} stored before a folder's first sync went on:
 * brought up to date without downloading them again. Their flags are read again (they may have
 * changed since, even in an earlier session) and those gone from the server are removed, with the
 * folder state as it was (UIDNEXT still below them).
 *
 * @param lowest       the lowest UID of the window still cached
 * @param highest      the highest
 * @param flagsChanged how many had other flags on the server
 * @param removed      how many were gone from it
 */
record NewestWindow(long lowest, long highest, int flagsChanged, int removed) {

    /** Checks the window of {@code folder}; empty when no messages were stored ahead of the first sync. */
    static java.util.Optional<NewestWindow> check(IMAPFolder folder, FolderSyncState state, SyncStore cache)
            throws MessagingException {
        String name = folder.getFullName();
        long[] cached = cache.cachedUids(name);
        if (cached.length == 0) {
            return java.util.Optional.empty();
        }
        long lowest = cached[0];
        long highest = cached[cached.length - 1];
        Map<Long, Set<String>> onServer = FetchFlags.inRange(folder, lowest, highest, 0);
        Map<Long, Set<String>> known = cache.cachedFlags(name);
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
        return java.util.Optional.of(new NewestWindow(lowest, highest, changed.size(), gone.size()));
    }
}
