package com.relaydesk.mail;

/**
 * What the cache remembers of one server folder between syncs (RFC 3501/7162 values).
 * A new folder starts from {@link #empty(String)}.
 *
 * @param highestModSeq 0 when the server has no CONDSTORE
 */
public record FolderSyncState(String folder, long uidValidity, long uidNext, long highestModSeq) {

    public static FolderSyncState empty(String folder) {
        return new FolderSyncState(folder, 0, 0, 0);
    }
}
