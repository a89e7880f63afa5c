package com.relaydesk.mail;

import java.time.Duration;

/**
 * What one folder sync did.
 *
 * @param method  how changes were found: "qresync", "condstore" or "scan" (no CONDSTORE)
 * @param reset   true when UIDVALIDITY changed and the folder's cache was rebuilt
 * @param phases  where the time went (fetch, parse, store), for benchmarks
 */
public record FolderSyncResult(String folder, long added, long flagsChanged, long removed, long bytes,
        boolean reset, String method, int damaged, Duration elapsed, SyncPhases phases) {

    public FolderSyncResult {
        phases = phases == null ? SyncPhases.NONE : phases;
    }

    public FolderSyncResult(String folder, long added, long flagsChanged, long removed, long bytes,
            boolean reset, String method, int damaged, Duration elapsed) {
        this(folder, added, flagsChanged, removed, bytes, reset, method, damaged, elapsed, SyncPhases.NONE);
    }

    /** This result, with {@code d} waited for a fresh login before the sync counted in. */
    public FolderSyncResult withLoginWait(Duration d) {
        return new FolderSyncResult(folder, added, flagsChanged, removed, bytes, reset, method, damaged,
                elapsed.plus(d), phases.withLoginWait(d));
    }
}
