package com.relaydesk.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Syncs the folders RelayDesk shows — INBOX and the Sent folder — into the cache. One call is
 * one pass; the app repeats it when {@link IdleWatcher} reports a change.
 */
public final class MailSync {

    public static final String INBOX = "INBOX";

    /**
     * For {@link MailBackend#syncFolder(String, SyncStore, SyncListener, CancellationToken, java.time.Duration)}
     * after one change (a mark, a claim, the check before sending): new mail, flags and expunges, but
     * none of a first sync's older mail, which the next sync round brings.
     */
    public static final java.time.Duration NO_OLDER_MAIL = java.time.Duration.ZERO;

    private final SyncStore store;

    public MailSync(SyncStore store) {
        this.store = store;
    }

    /** Syncs INBOX, then Sent when the server has one; the backend must be connected. */
    public List<FolderSyncResult> syncAll(MailBackend backend, SyncListener listener, CancellationToken cancel) {
        List<FolderSyncResult> results = new ArrayList<>();
        for (String folder : shownFolders(backend, store)) {
            cancel.throwIfCancelled();
            results.add(backend.syncFolder(folder, store, listener, cancel));
        }
        return results;
    }

    /**
     * The folders RelayDesk shows, in the order they sync: INBOX, then the server's Sent folder when
     * it has one, which the cache learns is Sent (the Sent view and Response Needed read it).
     */
    public static List<String> shownFolders(MailBackend backend, SyncStore store) {
        List<String> folders = new ArrayList<>();
        folders.add(INBOX);
        backend.sentFolder().filter(f -> !f.equalsIgnoreCase(INBOX)).ifPresent(sent -> {
            folders.add(sent);
            store.markSentFolder(sent);
        });
        return folders;
    }
}
