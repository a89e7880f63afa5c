package com.relaydesk.mail.imap;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/** The body FETCH commands of a download, handed out one at a time. */
interface FetchPlan {

    /** The next command's UID range {@code {first, last}} ({@link FetchBodies#LAST} for "*"); null when done. */
    long[] next();

    /** The command just handed out brought {@code messages} in {@code nanos} of wall time. */
    default void ran(int messages, long nanos) {
    }

    /** These commands, as they are. */
    static FetchPlan of(List<long[]> commands) {
        Iterator<long[]> it = commands.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    /** Commands of {@code perCommand} messages each. */
    static FetchPlan fixed(UidRanges ranges, int perCommand) {
        return () -> ranges.next(perCommand);
    }

    /**
     * Commands sized from the line's measured speed to take about {@code each}, from
     * {@link Paced#FIRST} messages up to {@code most}: an IMAP command cannot be cut short, so this
     * bounds how long whatever waits for the connection (the check before sending, a mark) waits
     * after a part's time is up, on a slow line as on a fast one.
     */
    static FetchPlan paced(UidRanges ranges, Duration each, int most) {
        return new Paced(ranges, each, most);
    }

    /** See {@link #paced}. */
    final class Paced implements FetchPlan {
        /** Before anything is measured: about half a second of mail at 1 MB/s. */
        static final int FIRST = 100;
        /** Even on a very slow line: a command's round trip stays small beside what it brings. */
        static final int FEWEST = 10;

        private final UidRanges ranges;
        private final long eachNanos;
        private final int most;
        private int size;

        private Paced(UidRanges ranges, Duration each, int most) {
            this.ranges = ranges;
            this.eachNanos = each.toNanos();
            this.most = most;
            this.size = Math.min(FIRST, most);
        }

        @Override
        public long[] next() {
            return ranges.next(size);
        }

        @Override
        public void ran(int messages, long nanos) {
            if (messages == 0) {
                return; // a range of deleted UIDs says nothing about the line
            }
            double perNano = messages / (double) Math.max(1, nanos);
            size = (int) Math.max(Math.min(FEWEST, most), Math.min(most, Math.round(perNano * eachNanos)));
        }

        /** For tests: the size of the next command. */
        int size() {
            return size;
        }
    }
}
