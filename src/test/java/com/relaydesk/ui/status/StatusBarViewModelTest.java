package com.relaydesk.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The status bar's words for a running sync. */
class StatusBarViewModelTest {

    private final StatusBarViewModel bar = new StatusBarViewModel("/data", ZoneOffset.UTC);

    @Test
    void aSyncSaysHowFarItHasGotOrOnlyTheFolderWhileItsCountIsUnknown() {
        bar.syncing("INBOX", 6000, 8051);
        assertEquals("Syncing INBOX: 6,000 of 8,051", bar.lastSyncProperty().get());
        bar.syncing("Sent", 0, 0);
        assertEquals("Syncing Sent…", bar.lastSyncProperty().get());
    }
}
