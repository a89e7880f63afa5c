package com.relaydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.shell.MainWindowViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response-time dashboard over a real cache, wired into the main window as the app does. */
class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String ALIAS = "abcdefghij1234@marketplace.amazon.com";

    @TempDir
    Path dir;

    private AccountCache cache;
    private final UiTasks tasks = UiTasks.sameThread();
    private final DashboardViewModel dashboard = new DashboardViewModel(tasks, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
    private final ReadingPaneViewModel readingPane = new ReadingPaneViewModel(tasks, ZoneOffset.UTC);
    private final MailboxNavigationViewModel navigation = new MailboxNavigationViewModel();
    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), tasks);

    @BeforeEach
    void openCache() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        cache.sync().storeBatch("INBOX", List.of(buyerMessage(1, "Lamp arrived broken", NOW.minusSeconds(30 * 3600)),
                buyerMessage(2, "Engraving question", NOW.minusSeconds(2 * 3600))), new FolderSyncState("INBOX", 7, 3, 0));
        new MainWindowViewModel(navigation, list, readingPane, new StatusBarViewModel(dir.toString(), ZoneOffset.UTC), dashboard, tasks);
        dashboard.attach(cache.inbox());
        readingPane.attach(cache.inbox());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static FetchedMessage buyerMessage(long uid, String subject, Instant at) {
        return new FetchedMessage("INBOX", uid, 0, "<q" + uid + "@relay>", null, List.of(), ALIAS, "Anna Berg",
                List.of("seller@example.org"), subject, at, at, Set.of(), 500, "Please help.", null, List.of(), ALIAS,
                null, null, null);
    }

    @Test
    void aMessageWaitingOver24HoursIsListedAndOpensSelectedInAllReadyToAnswer() {
        readingPane.attach(cache.inbox());
        list.selectedMessageProperty().set(java.util.stream.LongStream.rangeClosed(1, 2).mapToObj(cache.inbox()::detail)
                .flatMap(java.util.Optional::stream).map(detail -> detail.summary())
                .filter(row -> row.subject().equals("Engraving question")).findFirst().orElseThrow()); // another one chosen
        dashboard.refresh();
        assertEquals(1, dashboard.overdue().size(), "only the 30-hour-old message is over 24 hours");
        assertEquals("still open after 30 h 0 min — Anna Berg: Lamp arrived broken",
                dashboard.overdueLabel(dashboard.overdue().get(0)), "who is waiting, and about what");

        dashboard.open(dashboard.overdue().get(0));
        assertEquals("Lamp arrived broken", list.selectedMessageProperty().get().subject(),
                "selected, so Reply, n and Report act on the message shown, not the one chosen before");
        assertEquals(com.relaydesk.model.MailboxView.ALL, navigation.selectedViewProperty().get(), "where every message is");
        assertEquals("Lamp arrived broken", readingPane.subjectProperty().get());
        assertEquals("Please help.", readingPane.bodyProperty().get());
    }

    @Test
    void anOlderMessageOpenedFromTheDashboardStaysSelectedThoughTheFirstPageOfAllDoesNotListIt() {
        List<FetchedMessage> newer = java.util.stream.LongStream.rangeClosed(3, 252)
                .mapToObj(uid -> buyerMessage(uid, "Newer question " + uid, NOW.minusSeconds(uid * 60))).toList();
        cache.sync().storeBatch("INBOX", newer, new FolderSyncState("INBOX", 7, 253, 0));
        list.attach(cache.inbox());
        dashboard.refresh();

        dashboard.open(dashboard.overdue().get(0));
        assertTrue(list.messages().stream().noneMatch(row -> row.subject().equals("Lamp arrived broken")),
                "older than the first page of All");
        assertEquals("Lamp arrived broken", list.selectedMessageProperty().get().subject(), "selected all the same");
        list.reload(); // new mail reads the list again
        assertEquals("Lamp arrived broken", list.selectedMessageProperty().get().subject(), "and still");
        assertEquals("Lamp arrived broken", readingPane.subjectProperty().get());

        com.relaydesk.model.MessageSummary lamp = list.selectedMessageProperty().get();
        list.selectedMessageProperty().set(list.messages().get(3)); // the seller moves on
        list.selectedMessageProperty().set(lamp); // and back, as no list can: a plain selection of an unlisted row
        list.reload();
        assertEquals(null, list.selectedMessageProperty().get(), "only a message opened from elsewhere stays unlisted");
    }
}
