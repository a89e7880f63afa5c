package com.relaydesk.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache as sync sees it (implemented in {@code store}). Every method is one transaction:
 * after a crash the cache holds either all of a batch or none of it, so sync can resume from
 * the saved state and never duplicates a message.
 */
public interface SyncStore {

    /** The saved state of a folder, or {@link FolderSyncState#empty(String)} when never synced. */
    FolderSyncState loadState(String folder);

    /**
     * Stores a batch of messages (insert, or replace by folder+UID) and the folder state that
     * holds once they are stored, in one transaction.
     */
    void storeBatch(String folder, List<FetchedMessage> messages, FolderSyncState stateAfter);

    /**
     * Stores the newest messages of a folder whose first sync has not started yet, before the older
     * ones ({@link MailBackend#syncNewest}), with {@code stateAfter} keeping UIDNEXT where it was: the
     * older mail is still to come. Remembers the lowest UID stored this way, so the lists show only
     * mail at least as new as this window until everything below it is stored. One transaction.
     */
    default void storeNewest(String folder, List<FetchedMessage> messages, FolderSyncState stateAfter) {
        storeBatch(folder, messages, stateAfter);
    }

    /**
     * The lowest UID of the newest messages {@link #storeNewest} stored while that folder's older
     * mail is still to come (its UIDNEXT is below them), else 0: sync then downloads the older mail
     * without downloading these again, and stores new mail above them as part of them.
     */
    long newestWindowFrom(String folder);

    /** Applies flag changes (UID → the full new flag set) and the new state, in one transaction. */
    void applyFlags(String folder, Map<Long, Set<String>> flagsByUid, FolderSyncState stateAfter);

    /** Removes expunged messages by UID, in one transaction with the new state. */
    void removeMessages(String folder, Collection<Long> uids, FolderSyncState stateAfter);

    /** UIDs of the messages cached for the folder, ascending. */
    long[] cachedUids(String folder);

    /** Flags of every message cached for the folder, by UID (for {@code sync --verify}). */
    Map<Long, Set<String>> cachedFlags(String folder);

    /**
     * Flags of the messages cached for the folder from UID {@code fromUid} up, by UID: a first sync's
     * newest window, checked once per part, without reading the years of mail below it.
     */
    default Map<Long, Set<String>> cachedFlags(String folder, long fromUid) {
        Map<Long, Set<String>> all = new java.util.HashMap<>(cachedFlags(folder));
        all.keySet().removeIf(uid -> uid < fromUid);
        return all;
    }

    /**
     * UIDVALIDITY changed: drops the folder's cached messages (never drafts, outbox, audit or
     * templates) and saves the new state, in one transaction.
     */
    void resetFolder(String folder, FolderSyncState newState);

    /**
     * Names the server folder that holds the seller's sent mail (found by SPECIAL-USE {@code \Sent},
     * then by common names), so the Sent view and Response Needed read it. Without this call
     * the cache guesses from common folder names.
     */
    default void markSentFolder(String folder) {
    }
}
