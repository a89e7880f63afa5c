package com.relaydesk.store;

import static com.relaydesk.store.TestMessages.ALIAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage.NoticeFacts.Outcome;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.OutboxStore.Entry;
import com.relaydesk.mail.OutboxStore.NewReply;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.model.DeliveryStatus;
import com.relaydesk.model.MailboxView;
import com.relaydesk.testing.ReadOnlyFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxOperationsTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("seller.sqlite");
    }

    private static NewReply reply(String messageId, String inReplyTo) {
        return new NewReply(messageId, ALIAS, "Re: Where is my parcel?", "It is on its way.", null, inReplyTo,
                List.of(inReplyTo), TestMessages.ORDER, "raw".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aQueuedReplyAndEveryStepItTookSurviveClosingTheCache() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("r1@shop", "<q1@buyer>"));
            cache.outbox().advance("<r1@shop>", State.QUEUED, State.CHECKED);
            cache.outbox().advance("<r1@shop>", State.CHECKED, State.SUBMITTED);
        }
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            Entry entry = cache.outbox().find("<r1@shop>").orElseThrow();
            assertEquals(State.SUBMITTED, entry.state());
            assertEquals("<q1@buyer>", entry.inReplyTo());
            assertEquals("raw", new String(entry.rawMime(), StandardCharsets.US_ASCII));
            assertEquals(List.of("<r1@shop>"), cache.outbox().pending().stream().map(Entry::messageId).toList(),
                    "resume finds it");
            assertEquals(List.of("outbox submitted", "outbox checked", "outbox queued"),
                    cache.audit().latest(10).stream().map(AuditOperations.Entry::action).toList());
        }
    }

    @Test
    void aHeldReplyWaitsWithItsReasonUntilTheSellerSendsItAnywayOrDiscardsIt() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            cache.outbox().enqueue(reply("<r2@shop>", "<q2@buyer>"));
            for (String id : List.of("<r1@shop>", "<r2@shop>")) {
                cache.outbox().advance(id, State.QUEUED, State.CHECKED);
                cache.outbox().hold(id, "AB answered this buyer at 10:02");
            }
            Entry held = cache.outbox().find("<r1@shop>").orElseThrow();
            assertEquals(State.HELD, held.state());
            assertEquals("AB answered this buyer at 10:02", held.lastError());
            assertEquals("outbox held", cache.audit().latest(1).get(0).action(), "never given to the server");
            assertTrue(cache.outbox().pending().isEmpty(), "a held reply does not go by itself");
            assertThrows(IllegalStateException.class, () -> cache.outbox().advance("<r1@shop>", State.HELD, State.SUBMITTED),
                    "held for a teammate's answer, it never went to the server: it cannot turn up as sent");

            Entry again = cache.outbox().sendAnyway("<r1@shop>");
            assertEquals(State.QUEUED, again.state());
            assertTrue(again.sendAnyway(), "the seller's choice is kept, so the send-time check does not hold it again");
            assertEquals(State.DISCARDED, cache.outbox().discard("<r2@shop>").state());
            assertEquals(List.of("<r1@shop>"), cache.outbox().pending().stream().map(Entry::messageId).toList());
        }
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            assertTrue(cache.outbox().find("<r1@shop>").orElseThrow().sendAnyway(), "durable");
        }
    }

    @Test
    void aReplyGivenToTheServerStaysUnconfirmedAcrossARestartUntilTheServerAnswersOrSentHasIt() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            assertThrows(IllegalStateException.class, () -> cache.outbox().submitting("<r1@shop>"), "checks come first");
            cache.outbox().advance("<r1@shop>", State.QUEUED, State.CHECKED);
            cache.outbox().submitting("<r1@shop>");
        }
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            Entry marked = cache.outbox().find("<r1@shop>").orElseThrow();
            assertTrue(marked.unconfirmed(), "durable: a process killed here must not send it blind again");
            assertEquals(State.CHECKED, marked.state());

            cache.outbox().hold("<r1@shop>", "no answer from the server");
            Entry held = cache.outbox().find("<r1@shop>").orElseThrow();
            assertTrue(held.unconfirmed(), "held for that reason, and it says so");
            assertEquals("outbox held unconfirmed", cache.audit().latest(1).get(0).action());
            assertEquals(List.of("<r1@shop>"), cache.outbox().heldUnconfirmed(held.submittingSince().minusSeconds(1))
                    .stream().map(Entry::messageId).toList());
            assertEquals(List.of(), cache.outbox().heldUnconfirmed(held.submittingSince()), "only those handed over since");

            Entry found = cache.outbox().advance("<r1@shop>", State.HELD, State.SUBMITTED);
            assertFalse(found.unconfirmed(), "it turned up in Sent: it went");
            assertEquals(List.of(), cache.outbox().heldUnconfirmed(Instant.EPOCH));
        }
    }

    @Test
    void theServersAnswerAFailureOrSendAnywayEndTheUnconfirmedMark() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            for (String id : List.of("<r1@shop>", "<r2@shop>", "<r3@shop>")) {
                cache.outbox().enqueue(reply(id, "<q" + id.charAt(2) + "@buyer>"));
                cache.outbox().advance(id, State.QUEUED, State.CHECKED);
                cache.outbox().submitting(id);
            }
            cache.outbox().notSubmitted("<r1@shop>");
            assertFalse(cache.outbox().find("<r1@shop>").orElseThrow().unconfirmed(), "the server said no: known not sent");
            assertFalse(cache.outbox().fail("<r2@shop>", "refused").unconfirmed());
            cache.outbox().hold("<r3@shop>", "no answer from the server");
            Entry again = cache.outbox().sendAnyway("<r3@shop>");
            assertFalse(again.unconfirmed(), "the seller chose to send it again: a new attempt");
            assertEquals(State.QUEUED, again.state());
        }
    }

    @Test
    void aStepFromTheWrongStateOrAStepTheMachineDoesNotHaveIsRefused() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            assertThrows(IllegalStateException.class,
                    () -> cache.outbox().advance("<r1@shop>", State.QUEUED, State.SUBMITTED), "checks come first");
            cache.outbox().advance("<r1@shop>", State.QUEUED, State.CHECKED);
            assertThrows(IllegalStateException.class,
                    () -> cache.outbox().advance("<r1@shop>", State.QUEUED, State.CHECKED), "someone else moved it");
            assertThrows(IllegalStateException.class, () -> cache.outbox().enqueue(reply("<r1@shop>", "<x@b>")),
                    "a Message-ID is queued once");
            assertEquals(State.CHECKED, cache.outbox().find("<r1@shop>").orElseThrow().state());
        }
    }

    @Test
    void aFailedReplyKeepsItsErrorAndCountsItsAttemptsUntilItIsQueuedAgain() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            Entry failed = cache.outbox().fail("<r1@shop>", "SMTP server refused the login");
            assertEquals(State.FAILED, failed.state());
            assertEquals(1, failed.attempts());
            assertEquals("SMTP server refused the login", failed.lastError());
            assertEquals(List.of(), cache.outbox().pending());
            assertEquals(0, cache.outbox().waitingCount());
            assertEquals(State.QUEUED, cache.outbox().advance("<r1@shop>", State.FAILED, State.QUEUED).state());
            assertEquals(1, cache.outbox().waitingCount());
        }
    }

    @Test
    void aBuyerMessageWithAReplyInTheOutboxLeavesResponseNeededUntilTheReplyFails() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.sync().storeBatch("INBOX", List.of(TestMessages.buyer(1).id("<q1@buyer>").build()),
                    new FolderSyncState("INBOX", 1, 2, 0));
            assertEquals(1, cache.inbox().count(InboxFilter.RESPONSE_NEEDED));
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            assertEquals(0, cache.inbox().count(InboxFilter.RESPONSE_NEEDED));
            cache.outbox().fail("<r1@shop>", "rejected");
            assertEquals(1, cache.inbox().count(InboxFilter.RESPONSE_NEEDED));
        }
    }

    @Test
    void theDeliveryStatusOfAReplyGoesFromWaitingToDeliveredToBouncedWithTheNoticeOneClickAway() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            assertEquals(DeliveryStatus.QUEUED, cache.delivery().statusOf("<r1@shop>").orElseThrow());
            cache.outbox().advance("<r1@shop>", State.QUEUED, State.CHECKED);
            cache.outbox().advance("<r1@shop>", State.CHECKED, State.SUBMITTED);
            cache.sync().storeBatch("Sent", List.of(TestMessages.reply(1).id("<r1@shop>").build()),
                    new FolderSyncState("Sent", 1, 2, 0));
            assertEquals(DeliveryStatus.DELIVERED, cache.delivery().statusOf("<r1@shop>").orElseThrow());
            assertTrue(cache.delivery().noticeFor("<r1@shop>").isEmpty());

            cache.sync().storeBatch("INBOX", List.of(TestMessages.notice(7, "<r1@shop>", Outcome.BOUNCED).build()),
                    new FolderSyncState("INBOX", 1, 8, 0));

            assertEquals(DeliveryStatus.BOUNCED, cache.delivery().statusOf("<r1@shop>").orElseThrow());
            long notice = cache.delivery().noticeFor("<r1@shop>").orElseThrow();
            assertTrue(cache.inbox().detail(notice).orElseThrow().summary().subject().startsWith("Message not delivered"));
            assertTrue(cache.delivery().statusOf("<unknown@shop>").isEmpty());
        }
    }

    @Test
    void aFullDiskGivesAClearErrorAndLeavesTheOutboxAsItWas() {
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
            cache.database().limitPages(Long.parseLong(DatabaseTest.scalar(cache.database(), "PRAGMA page_count")));
            String big = "x".repeat(200_000);
            CacheException e = assertThrows(CacheException.class, () -> cache.outbox().enqueue(
                    new NewReply("<r2@shop>", ALIAS, "Re: big", big, null, null, List.of(), null, null)));
            assertTrue(e.getMessage().contains("is full"), e.getMessage());
            assertTrue(e.getMessage().contains("outbox"), e.getMessage());
        }
        try (AccountCache cache = AccountCache.open(file(), TestMessages.SELLER)) {
            assertEquals(List.of("<r1@shop>"), cache.outbox().all().stream().map(Entry::messageId).toList());
            assertFalse(cache.outbox().find("<r2@shop>").isPresent());
        }
    }

    @Test
    void aReadOnlyDataFolderGivesAClearErrorAndTheOutboxIsStillThereAfterwards() throws Exception {
        Path folder = dir.resolve("data");
        Path file = folder.resolve("seller.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            cache.outbox().enqueue(reply("<r1@shop>", "<q1@buyer>"));
        }
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(folder)) {
            CacheException e = assertThrows(CacheException.class, () -> {
                try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
                    cache.outbox().enqueue(reply("<r2@shop>", "<q2@buyer>"));
                }
            });
            assertTrue(e.getMessage().contains("read-only") || e.getMessage().contains("may not write"), e.getMessage());
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            assertEquals(List.of("<r1@shop>"), cache.outbox().all().stream().map(Entry::messageId).toList());
        }
        assertEquals(MailboxView.RESPONSE_NEEDED, MailboxView.defaultView());
    }
}
