package com.relaydesk.mail.imap;

/**
 * Batch sizes of sync. Bigger batches mean fewer round trips and transactions; the byte limits
 * bound the heap (a batch is parsed in memory before it is stored).
 *
 * @param fetchMessages   messages asked for in one UID FETCH command
 * @param fetchBytes      wire bytes asked for in one UID FETCH command
 * @param storeMessages   messages stored in one transaction
 * @param storeBytes      wire bytes stored in one transaction
 * @param scanUids        UIDs per command when scanning flags without CONDSTORE
 */
public record SyncTuning(int fetchMessages, long fetchBytes, int storeMessages, long storeBytes, int scanUids) {

    public static SyncTuning defaults() {
        return new SyncTuning(2000, 64L << 20, 1000, 16L << 20, 10_000);
    }
}
