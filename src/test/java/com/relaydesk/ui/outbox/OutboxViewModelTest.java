package com.relaydesk.ui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxViewModelTest {

    private static Entry entry(State state, String lastError) {
        return new Entry(1, "<r1@shop>", state, "buyer@marketplace.amazon.com", "Re: Where is my parcel?", "It ships.",
                null, "<q1@buyer>", List.of(), null, null, 0, lastError, Instant.EPOCH, Instant.EPOCH, false, null);
    }

    @Test
    void aHeldReplySaysItWasAnsweredElsewhereAndWhoAnsweredAndCanBeDiscarded() {
        Entry held = entry(State.HELD, "AB answered this buyer at 10:02 — your reply was not sent.");
        assertEquals("Held — answered elsewhere · Re: Where is my parcel? · to buyer@marketplace.amazon.com",
                OutboxViewModel.headline(held, null));
        assertEquals("AB answered this buyer at 10:02 — your reply was not sent.", OutboxViewModel.why(held));
        assertTrue(OutboxViewModel.canDiscard(held));
    }

    @Test
    void aReplyTheServerNeverConfirmedSaysItMayHaveGoneOutAndCanBeDiscarded() {
        Entry held = new Entry(1, "<r1@shop>", State.HELD, "buyer@marketplace.amazon.com", "Re: Where is my parcel?",
                "It ships.", null, "<q1@buyer>", List.of(), null, null, 0, "No answer came within 120 s.", Instant.EPOCH,
                Instant.EPOCH, false, Instant.EPOCH);
        assertEquals("Held — may have gone out · Re: Where is my parcel? · to buyer@marketplace.amazon.com",
                OutboxViewModel.headline(held, null));
        assertEquals("No answer came within 120 s.", OutboxViewModel.why(held));
        assertTrue(OutboxViewModel.canDiscard(held));
        Entry discarded = new Entry(1, "<r1@shop>", State.DISCARDED, "buyer@marketplace.amazon.com", "Re: Where is my parcel?",
                "It ships.", null, "<q1@buyer>", List.of(), null, null, 0, null, Instant.EPOCH, Instant.EPOCH, false,
                Instant.EPOCH);
        assertEquals("Discarded — may have gone out · Re: Where is my parcel? · to buyer@marketplace.amazon.com",
                OutboxViewModel.headline(discarded, null), "the record keeps that the buyer may have it");
    }

    @Test
    void theSummarySaysWhichMarksWaitForTheConnectionBesideTheReplies() {
        assertEquals("The outbox is empty: every reply went out.", OutboxViewModel.summary(List.of(), 0));
        assertEquals("1 waiting, 0 not sent, 0 sent\n3 marks (No Response Needed, Report) wait for the connection: "
                + "the next sync that reaches the server sets them there.",
                OutboxViewModel.summary(List.of(entry(State.QUEUED, null)), 3));
        assertEquals("The outbox is empty: every reply went out.\n1 mark (No Response Needed or Report) waits for the "
                + "connection: the next sync that reaches the server sets it there.", OutboxViewModel.summary(List.of(), 1));
    }

    @Test
    void aReplyIsToTheBuyerByNameWhenTheCacheKnowsIt() {
        assertEquals("Sent · Re: Where is my parcel? · to Anna Berg <buyer@marketplace.amazon.com>",
                OutboxViewModel.headline(entry(State.ANSWERED, null), "Anna Berg"));
    }

    @Test
    void aSentOrDiscardedReplyShowsNoReasonAndCannotBeDiscardedAgain() {
        assertEquals("Discarded · Re: Where is my parcel? · to buyer@marketplace.amazon.com",
                OutboxViewModel.headline(entry(State.DISCARDED, "AB answered"), null));
        assertEquals("", OutboxViewModel.why(entry(State.DISCARDED, "AB answered")));
        assertFalse(OutboxViewModel.canDiscard(entry(State.DISCARDED, null)));
        assertFalse(OutboxViewModel.canDiscard(entry(State.ANSWERED, null)));
    }
}
