package com.relaydesk.store;

import static com.relaydesk.store.TestMessages.buyer;
import static com.relaydesk.store.TestMessages.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a first sync stores the newest messages before the older ones ({@link SyncOperations#storeNewest}),
 * the lists show only mail as new as the newest window of each folder: older mail is partly in, and a
 * buyer message whose reply has not arrived yet would stand in Response Needed, inviting a second
 * answer. Once the folders are complete, everything shows again.
 */
class NewestFirstListsTest {

    private static final Instant DAY = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;
    private AccountCache cache;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static Instant day(int n) {
        return DAY.plusSeconds(86_400L * n);
    }

    /** A buyer's question on day {@code uid} (INBOX UID = day). */
    private static FetchedMessage question(int uid) {
        return buyer(uid).id("<q" + uid + "@buyer>").subject("question of day " + uid).at(day(uid)).build();
    }

    /** The seller's answer to the question of day {@code day}, the same day (Sent UID = day). */
    private static FetchedMessage answer(int day) {
        return reply(day).id("<a" + day + "@shop>").inReplyTo("<q" + day + "@buyer>").subject("Re: question of day " + day)
                .at(day(day).plusSeconds(3_600)).build();
    }

    private List<String> subjects(MailboxView view) {
        return cache.inbox().page(view, ListOrder.NEWEST_FIRST, null, 100).stream().map(MessageSummary::subject).toList();
    }

    private int count(MailboxView view) {
        return cache.inbox().counts().getOrDefault(view, 0);
    }

    private static FolderSyncState firstSync(String folder, long uidNext) {
        return new FolderSyncState(folder, 7, uidNext, 0);
    }

    @Test
    void whileTheOlderMailDownloadsTheListsShowOnlyWhatBothFoldersHoldComplete() {
        // Days 1-10 asked and answered. The newest window: INBOX days 8-10, Sent days 6-10.
        cache.sync().storeNewest("INBOX", List.of(question(8), question(9), question(10)), firstSync("INBOX", 0));
        cache.sync().storeNewest("Sent", List.of(answer(6), answer(7), answer(8), answer(9)), firstSync("Sent", 0));

        assertEquals(List.of("question of day 10", "question of day 9", "question of day 8"), subjects(MailboxView.ALL)
                .stream().filter(s -> s.startsWith("question")).toList());
        assertEquals(List.of("question of day 10"), subjects(MailboxView.RESPONSE_NEEDED),
                "answered in the window: not Response Needed; day 10's answer is not in yet");
        assertEquals(java.util.Optional.of(day(8)), cache.inbox().shownFrom(), "INBOX's window starts later than Sent's");

        // INBOX's older mail arrives (days 1-5 of 7); Sent's older mail (days 1-5) has not.
        cache.sync().storeBatch("INBOX", List.of(question(1), question(2), question(3), question(4), question(5)),
                firstSync("INBOX", 6));

        assertEquals(1, count(MailboxView.RESPONSE_NEEDED),
                "the questions of days 1-5 look unanswered until Sent's older mail is in: not shown yet");
        assertEquals(List.of("Re: question of day 9", "Re: question of day 8"), subjects(MailboxView.SENT),
                "Sent shows what is as new as INBOX's window too");

        cache.sync().storeBatch("INBOX", List.of(question(6), question(7)), firstSync("INBOX", 11));
        cache.sync().storeBatch("Sent", List.of(answer(1), answer(2), answer(3), answer(4), answer(5)), firstSync("Sent", 10));

        assertEquals(List.of("question of day 10"), subjects(MailboxView.RESPONSE_NEEDED));
        assertEquals(19, count(MailboxView.ALL), "both folders complete: every message shows");
        assertEquals(java.util.Optional.empty(), cache.inbox().shownFrom());
    }

    @Test
    void searchAndTheBacklogAlsoWaitForTheOlderMail() {
        cache.sync().storeNewest("INBOX", List.of(question(40), question(41)), firstSync("INBOX", 0));
        cache.sync().storeBatch("INBOX", List.of(question(1)), firstSync("INBOX", 2));

        assertEquals(List.of(), cache.inbox().responseNeededBefore(day(30)), "day 1 may have been answered: wait");
        assertEquals(List.of("question of day 41", "question of day 40"),
                cache.inbox().search(MailboxView.ALL, "question", 10).stream().map(MessageSummary::subject).toList());

        cache.sync().storeBatch("INBOX", List.of(), firstSync("INBOX", 42));

        assertEquals(1, cache.inbox().responseNeededBefore(day(30)).size());
        assertEquals(3, cache.inbox().search(MailboxView.ALL, "question", 10).size());
    }
}
