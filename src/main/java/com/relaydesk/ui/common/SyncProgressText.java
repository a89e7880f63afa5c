package com.relaydesk.ui.common;

import java.util.Locale;

/** A running sync's progress in words, one way for the status bar and the empty message list. */
public final class SyncProgressText {

    private SyncProgressText() {
    }

    /** "INBOX: 6,000 of 8,051", or the folder alone while the sync does not know how many it will store. */
    public static String of(String folder, long done, long total) {
        return total > 0 ? String.format(Locale.ROOT, "%s: %,d of %,d", folder, done, total) : folder;
    }
}
