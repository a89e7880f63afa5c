package com.relaydesk.mail.imap;

import com.relaydesk.mail.SyncPhases;
import java.time.Duration;

/** What one folder's sync did, and where its time went: the figures of its {@code FolderSyncResult}. */
final class SyncCounts {
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
