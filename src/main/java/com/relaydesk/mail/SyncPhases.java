package com.relaydesk.mail;

import java.time.Duration;

/**
 * Where a folder sync spent its time, for benchmarks: CPU time reading from the server, parsing
 * MIME and storing in the cache (CPU time, because it stays meaningful on a busy machine where
 * wall time does not). Parsing runs on the syncing thread while the previous batch is stored on a
 * writer thread, so the phases overlap; {@code waitedForStore} is the wall time the syncing
 * thread stood still because the writer was behind (zero when parsing is the slower side).
 * Two wall times say what the server took before any message moved: {@code opening} the folder
 * (EXAMINE or SELECT: mostly the server's own work, such as Dovecot re-reading a big maildir),
 * and {@code waitedForLogin}, a fresh login the sync waited for before it began.
 */
public record SyncPhases(Duration fetch, Duration parse, Duration store, Duration waitedForStore,
        Duration opening, Duration waitedForLogin) {

    public static final SyncPhases NONE = new SyncPhases(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO);

    /** The sum of two folders' phases. */
    public SyncPhases plus(SyncPhases other) {
        return new SyncPhases(fetch.plus(other.fetch), parse.plus(other.parse), store.plus(other.store),
                waitedForStore.plus(other.waitedForStore), opening.plus(other.opening),
                waitedForLogin.plus(other.waitedForLogin));
    }

    /** These phases with {@code d} waited for a login before the sync. */
    public SyncPhases withLoginWait(Duration d) {
        return new SyncPhases(fetch, parse, store, waitedForStore, opening, waitedForLogin.plus(d));
    }
}
