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
    /** Every this many messages, one parse is timed; the parse figure is estimated from those. */
    static final int PARSE_SAMPLE = 8;

    long fetchNanos;
    /** CPU of the FETCH loops, reading and parsing together; the parse estimate is taken off it. */
    long fetchAndParseNanos;
    long storeNanos;
    long waitNanos;
    long openNanos;
    private long parses;
    private long timedParses;
    private long timedParseNanos;

    /**
     * Whether to time the next parse. Reading a thread's CPU clock is a system call (about 2 µs
     * on this project's VM): timed before and after every parse it cost 40 ms of a 10,000-message
     * sync's 1 s on the syncing thread (perf), for a figure only the benchmark prints.
     */
    boolean timesNextParse() {
        return parses++ % PARSE_SAMPLE == 0;
    }

    void timedParse(long nanos) {
        timedParses++;
        timedParseNanos += nanos;
    }

    /** The parse CPU of all messages, from the timed ones. */
    long parseNanos() {
        return timedParses == 0 ? 0 : timedParseNanos * parses / timedParses;
    }

    SyncPhases phases() {
        long parse = parseNanos();
        long fetch = fetchNanos + Math.max(0, fetchAndParseNanos - parse);
        return new SyncPhases(Duration.ofNanos(fetch), Duration.ofNanos(parse), Duration.ofNanos(storeNanos),
                Duration.ofNanos(waitNanos), Duration.ofNanos(openNanos), Duration.ZERO);
    }
}
