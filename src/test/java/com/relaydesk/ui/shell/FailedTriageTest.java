package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * A Report or No Response Needed the server never got (the connection was lost, and again on a
 * fresh login) leaves the list as it was: the message stays selected, or the picked rows picked,
 * instead of the list moving on as if it had worked; the status bar says what happened in words
 * a seller understands, and the log holds the details the error dialog points at.
 */
class FailedTriageTest {

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
    void aReportThatDidNotReachTheServerKeepsTheMessageSelectedAndSaysWhatToDo() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        server.armed(true);

        window.reportSelected();

        assertEquals(first.id(), list.selectedMessageProperty().get().id(), "the selection did not move on");
        assertTrue(list.messages().stream().anyMatch(row -> row.id() == first.id()), "the message is still listed");
        assertEquals("RelayDesk lost the connection to the mail server and could not report the message. "
                + "Check the connection and try again.", statusBar.errorProperty().get());
        assertEquals("", statusBar.undoableProperty().get(), "nothing to undo");
        LogRecord warning = logged.stream().filter(r -> r.getLevel() == Level.WARNING).reduce((a, b) -> b).orElse(null);
        assertNotNull(warning, "the dialog says the details are in the log");
        assertTrue(warning.getMessage().contains("report"), warning.getMessage());
        assertNotNull(warning.getThrown(), "with the stack trace");
    }

    @Test
    void noResponseNeededOnPickedRowsThatFailsLeavesThemPicked() {
        List<MessageSummary> two = List.copyOf(list.messages().subList(0, 2));
        list.selectedMessageProperty().set(two.get(0));
        list.picked().setAll(two);
        server.armed(true);

        window.markNoResponseNeeded();

        assertEquals(two.stream().map(MessageSummary::id).toList(), list.picked().stream().map(MessageSummary::id).toList());
        assertEquals(two.get(0).id(), list.selectedMessageProperty().get().id());
        assertEquals("RelayDesk lost the connection to the mail server and could not mark the messages No Response "
                + "Needed. Check the connection and try again.", statusBar.errorProperty().get());
        assertEquals(3, session.queries().counts().get(MailboxView.RESPONSE_NEEDED));
    }
}
