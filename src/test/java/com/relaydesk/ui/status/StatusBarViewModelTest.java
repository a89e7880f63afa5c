package com.relaydesk.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void onceTheNewestMailIsShownTheRestOfAFirstSyncIsCalledOlderMailUntilItEnds() {
        bar.newestSynced();
        bar.syncing("INBOX", 2000, 7051);
        assertEquals("Downloading older mail, INBOX: 2,000 of 7,051", bar.lastSyncProperty().get());
        bar.syncing("Sent", 0, 0);  // its older mail all in already
        assertEquals("Syncing Sent…", bar.lastSyncProperty().get());

        bar.synced(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        bar.syncing("INBOX", 0, 3);
        assertEquals("Syncing INBOX: 0 of 3", bar.lastSyncProperty().get());
    }

    @Test
    void repliesThatCouldNotGoOutAreSaidWhileTheMailboxStaysOnline() {
        bar.connected("seller@example.org");
        bar.synced(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        bar.sendingFailed("Replies wait in the outbox: RelayDesk could not connect to smtp.example.org:587.");

        assertEquals("Replies wait in the outbox: RelayDesk could not connect to smtp.example.org:587.", bar.errorProperty().get());
        assertTrue(bar.onlineProperty().get(), "mail is still read");
        assertEquals("Synced 08:00:00", bar.lastSyncProperty().get());
        bar.synced(java.time.Instant.parse("2026-12-01T08:05:00Z"));
        assertEquals("", bar.errorProperty().get(), "sent with the next sync");
    }

    @Test
    void aStoppedSyncSaysHowToGoOnAndHidesTheProgress() {
        bar.newestSynced();
        bar.syncing("INBOX", 0, 7051);
        assertTrue(bar.runningProperty().get(), "Stop is offered from the first message on");
        bar.syncing("INBOX", 2000, 7051);
        bar.stopped();
        assertFalse(bar.runningProperty().get());
        assertEquals("Stopped: new mail still comes, older mail with F5", bar.lastSyncProperty().get());
        assertEquals(0, bar.progressProperty().get(), 1e-9);

        bar.syncing("INBOX", 10, 20);
        bar.stopping();
        assertEquals("Stopping…", bar.lastSyncProperty().get());
        assertFalse(bar.runningProperty().get(), "Stop is not offered twice");
        bar.syncing("INBOX", 15, 20);  // the batch being fetched is finished first
        assertEquals("Stopping…", bar.lastSyncProperty().get());
        bar.stopped();
        assertEquals("Sync stopped: F5 goes on", bar.lastSyncProperty().get());
    }

    @Test
    void aSyncAfterAStopSaysTheOlderMailStillWaits() {
        bar.newestSynced();
        bar.syncing("INBOX", 2000, 7051);
        bar.stopped();

        bar.syncedOlderMailStopped(java.time.Instant.parse("2026-12-01T08:00:00Z"));

        assertEquals("Synced 08:00:00 · older mail stopped: F5 goes on", bar.lastSyncProperty().get());
        assertFalse(bar.runningProperty().get());
        bar.syncing("INBOX", 0, 0);  // F5
        assertEquals("Syncing INBOX…", bar.lastSyncProperty().get(), "not 'older mail' before the round has said so");
    }

    @Test
    void stoppedRepliesSendTheSellerToTheOutboxWithoutSayingTheyWereNotSent() {
        bar.outbox(2, 0);
        assertEquals("2 replies waiting in the outbox", bar.outboxProperty().get());
        bar.outbox(0, 1);  // one held because the server never confirmed it: it may have gone out
        assertEquals("1 reply needs you in the Outbox", bar.outboxProperty().get());
        bar.outbox(1, 2);
        assertEquals("1 reply waiting in the outbox · 2 replies need you in the Outbox", bar.outboxProperty().get());
        bar.outbox(0, 0);
        assertEquals("", bar.outboxProperty().get());
    }

    @Test
    void anOfflineStartSaysWhenTheListsWereLastSyncedNotThatNothingWas() {
        bar.opening("Connecting to seller@example.org…");
        bar.syncedEarlier(java.time.Instant.parse("2025-11-30T23:20:54Z"));
        assertEquals("Last synced 30 Nov, 23:20:54", bar.lastSyncProperty().get());
        bar.synced(java.time.Instant.parse("2025-12-01T08:00:00Z"));
        bar.syncedEarlier(java.time.Instant.parse("2025-11-30T23:20:54Z")); // read late: this run's sync says more
        assertEquals("Synced 08:00:00", bar.lastSyncProperty().get());
    }

    @Test
    void aNewMarkEndsTheUndoneNoticeButNotASyncsOwnWords() {
        bar.synced(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        bar.undoable("Marked Anna Weber No Response Needed");
        bar.undoable("");
        bar.notice("Undone: Marked Anna Weber No Response Needed");
        bar.undoable("Marked Anna Weber No Response Needed");  // the same buyer marked again
        assertEquals("Synced 08:00:00", bar.lastSyncProperty().get(), "no \"Undone\" beside the new mark");

        bar.notice("Undone: Marked Bob Stone No Response Needed");
        bar.syncing("INBOX", 0, 3);
        bar.undoable("Reported Bob Stone");
        assertEquals("Syncing INBOX: 0 of 3", bar.lastSyncProperty().get());
    }

    @Test
    void marksMadeOfflineAreCountedBesideTheReplies() {
        bar.marksWaiting(3);
        assertEquals("3 marks wait for the connection", bar.outboxProperty().get());
        bar.outbox(1, 0);
        assertEquals("1 reply waiting in the outbox · 3 marks wait for the connection", bar.outboxProperty().get());
        bar.marksWaiting(1);
        bar.outbox(0, 0);
        assertEquals("1 mark waits for the connection", bar.outboxProperty().get());
        bar.marksWaiting(0);
        assertEquals("", bar.outboxProperty().get());
    }
}
