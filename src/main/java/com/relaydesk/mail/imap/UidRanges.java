package com.relaydesk.mail.imap;

/**
 * Cuts the UIDs a download fetches into body FETCH commands, one at a time, so that each command's
 * size can be chosen when it is cut ({@link FetchPlan}).
 */
interface UidRanges {

    /** The next range, {@code {first, last}}, of at most {@code messages} messages; null when none is left. */
    long[] next(int messages);

    /**
     * Every UID from {@code from} up to {@code toExclusive}, whether taken or not: for a folder whose
     * UIDs are mostly taken, so that no listing round trip comes first.
     */
    static UidRanges dense(long from, long toExclusive) {
        long[] start = {from};
        return messages -> {
            if (start[0] >= toExclusive) {
                return null;
            }
            long[] range = {start[0], Math.min(start[0] + messages, toExclusive) - 1};
            start[0] = range[1] + 1;
            return range;
        };
    }

    /**
     * The listed UIDs (ascending) with their sizes: a range holds at most {@code maxBytes} wire bytes,
     * except that one message alone may be bigger.
     */
    static UidRanges listed(long[] uids, long[] sizes, long maxBytes) {
        int[] at = {0};
        return messages -> {
            int i = at[0];
            if (i >= uids.length) {
                return null;
            }
            int j = i;
            long bytes = 0;
            while (j < uids.length && j - i < messages && (j == i || bytes + sizes[j] <= maxBytes)) {
                bytes += sizes[j];
                j++;
            }
            at[0] = j;
            return new long[] {uids[i], uids[j - 1]};
        };
    }
}
