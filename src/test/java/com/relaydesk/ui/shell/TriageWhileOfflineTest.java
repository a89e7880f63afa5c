package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.StoreCuttingProxy;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.outbox.OutboxViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Report or No Response Needed the server did not get (the connection was lost, and again on a
 * fresh login) works in the window as if the server had it: the list moves on, Undo is offered, the
 * status bar counts the marks waiting, and the next sync sets them on the server. Before, the
 * seller was told to check the connection and do it again.
 */
class TriageWhileOfflineTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final MailboxNavigationViewModel navigation = new MailboxNavigationViewModel();
    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final StatusBarViewModel statusBar = new StatusBarViewModel("/data", ZoneOffset.UTC);
    private final MainWindowViewModel window = new MainWindowViewModel(navigation, list,
            new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC), statusBar);
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler log = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("com.relaydesk");
    private StoreCuttingProxy server;
    private SyncedMailboxSession session;

    @BeforeEach
    void openTheMailbox() throws Exception {
        root.addHandler(log);
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2),
                TestMessages.buyerMessage(3));
        server = new StoreCuttingProxy(greenMail.getImap().getPort());
        AccountCache cache = AccountCache.open(dataDir.resolve("seller.sqlite"), "seller@example.org");
        // not started: no IDLE and no timer, so nothing but the test uses the connection
        session = new SyncedMailboxSession("test", "seller@example.org", cache,
                () -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort()), Clock.systemUTC());
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
        window.attach(session);
        assertEquals(3, list.messages().size());
    }

    @AfterEach
    void close() throws Exception {
        root.removeHandler(log);
        session.close();
        server.close();
    }

    @Test
    void aReportThatDidNotReachTheServerWaitsWhileTheListMovesOnAndTheNextSyncSetsIt() throws Exception {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        server.armed(true);

        window.reportSelected();

        assertNotEquals(first.id(), list.selectedMessageProperty().get().id(), "the selection moved on");
        assertTrue(list.messages().stream().noneMatch(row -> row.id() == first.id()), "no longer listed");
        assertEquals("", statusBar.errorProperty().get(), "nothing for the seller to do again");
        assertTrue(statusBar.undoableProperty().get().startsWith("Reported"), statusBar.undoableProperty().get());
        assertEquals("1 mark waits for the connection", statusBar.outboxProperty().get());
        assertEquals(0, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        assertTrue(logged.stream().anyMatch(r -> r.getThrown() != null && r.getMessage().contains("marks wait")),
                "the lost connection is in the log");

        server.armed(false);
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        assertEquals("", statusBar.outboxProperty().get(), "nothing waits any more");
    }

    @Test
    void aWaitingMarkWithdrawnInTheOutboxWindowPutsTheMessageBackAndNeverReachesTheServer() throws Exception {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        server.armed(true);
        window.reportSelected();
        OutboxViewModel outbox = new OutboxViewModel(UiTasks.sameThread(),
                () -> java.util.Optional.of(session), window::markWithdrawn);

        outbox.refresh();

        assertEquals(1, outbox.marks().size(), "listed where the status bar's count leads");
        assertEquals("Report · " + first.buyerName() + " · " + first.subject(),
                OutboxViewModel.markLine(outbox.marks().get(0)));

        outbox.withdraw(outbox.marks().get(0));

        assertEquals(List.of(), outbox.marks());
        assertFalse(outbox.summaryProperty().get().contains("mark"), outbox.summaryProperty().get());
        assertTrue(list.messages().stream().anyMatch(row -> row.id() == first.id()), "back in Response Needed");
        assertEquals(3, session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
        assertEquals("", statusBar.outboxProperty().get(), "nothing waits any more");
        assertTrue(session.history(first.id()).stream().anyMatch(line -> line.contains(
                "withdrew “reported it” before the server had it")), String.valueOf(session.history(first.id())));

        server.armed(false);
        SyncEvents events = new SyncEvents();
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
        assertEquals(0, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"), "never sent");
        assertEquals(3, list.messages().size());
    }

    @Test
    void aMarkWithdrawnInTheOutboxWindowIsNoLongerOfferedForUndoAndZQueuesNothing() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        server.armed(true);
        window.markNoResponseNeeded();
        assertTrue(statusBar.undoableProperty().get().startsWith("Marked No Response Needed"),
                statusBar.undoableProperty().get());
        OutboxViewModel outbox = new OutboxViewModel(UiTasks.sameThread(),
                () -> java.util.Optional.of(session), window::markWithdrawn);
        outbox.refresh();

        outbox.withdraw(outbox.marks().get(0));

        assertEquals("", statusBar.undoableProperty().get(), "nothing left to take back");
        window.undoTriage();  // z
        outbox.refresh();
        assertEquals(List.of(), outbox.marks(), "no \"No Response Needed taken back\" waits for the server");
        assertEquals("", statusBar.outboxProperty().get());
        assertTrue(list.messages().stream().anyMatch(row -> row.id() == first.id()), "still in Response Needed");
    }

    @Test
    void noResponseNeededOnPickedRowsOfflineTakesThemAllOffTheList() {
        List<MessageSummary> two = List.copyOf(list.messages().subList(0, 2));
        list.selectedMessageProperty().set(two.get(0));
        list.picked().setAll(two);
        server.armed(true);

        window.markNoResponseNeeded();

        assertEquals(List.of(), list.picked());
        assertEquals(1, list.messages().size());
        assertEquals(1, session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
        assertEquals("2 marks wait for the connection", statusBar.outboxProperty().get());
        assertEquals("", statusBar.errorProperty().get());
    }
}
