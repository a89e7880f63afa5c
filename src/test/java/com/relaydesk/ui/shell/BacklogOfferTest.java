package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banner that offers to clear an old backlog, on a real cache: when it shows, and that "Leave them" lasts. */
class BacklogOfferTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock LATER = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AccountCache cache;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private void inboxHoldsOldBuyerMessages(int count) {
        FetchedMessageFactory factory = new FetchedMessageFactory();
        List<FetchedMessage> messages = IntStream.rangeClosed(1, count).mapToObj(n -> {
            byte[] raw = TestMessages.buyerMessage(n);
            return factory.create("INBOX", false, n, 0, Set.of(), WRITTEN, raw.length, raw);
        }).toList();
        cache.sync().storeBatch("INBOX", messages, new FolderSyncState("INBOX", 1, count + 1, 0));
    }

    @Test
    void aBacklogOfTwentyOrMoreOldMessagesIsOfferedAndAFewOldOnesAreNot() {
        inboxHoldsOldBuyerMessages(BacklogOffer.AT_LEAST - 1);
        BacklogOffer offer = new BacklogOffer(UiTasks.sameThread(), LATER);
        offer.follow(cache.inbox());
        offer.look();
        assertEquals("", offer.offerProperty().get(), "a few overdue messages are mail to answer, not a backlog");

        inboxHoldsOldBuyerMessages(25);
        offer.look();
        assertTrue(offer.offerProperty().get().startsWith("25 messages in Response Needed are over 30 days old."),
                offer.offerProperty().get());
    }

    @Test
    void leaveThemIsRememberedForTheMailbox() {
        inboxHoldsOldBuyerMessages(25);
        BacklogOffer offer = new BacklogOffer(UiTasks.sameThread(), LATER);
        offer.follow(cache.inbox());
        offer.look();
        assertTrue(offer.showing());
        offer.decline();
        assertEquals("", offer.offerProperty().get());

        BacklogOffer nextStart = new BacklogOffer(UiTasks.sameThread(), LATER);
        nextStart.follow(cache.inbox());
        nextStart.look();
        assertEquals("", nextStart.offerProperty().get());
    }
}
