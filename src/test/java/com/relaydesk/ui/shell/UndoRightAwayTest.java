package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.session.SessionUnderTest;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.dashboard.DashboardViewModel;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code z} pressed straight after {@code n} takes back that mark, even while the server has not
 * taken it yet: it undid the mark before (the buyer just hidden by mistake stayed hidden, and one
 * marked earlier came back).
 */
class UndoRightAwayTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    /** The marks' work, held until the test lets it run: a server that takes its time. */
    private final List<Runnable> marks = new ArrayList<>();
    private final UiTasks held = new UiTasks(marks::add, Runnable::run);
    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final ReadingPaneViewModel readingPane = new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC);
    private final MainWindowViewModel window = new MainWindowViewModel(new MailboxNavigationViewModel(), list,
            readingPane, new StatusBarViewModel("/data", ZoneOffset.UTC),
            new DashboardViewModel(UiTasks.sameThread(), Clock.systemUTC(), ZoneOffset.UTC), held);
    private SyncedMailboxSession session;

    @BeforeEach
    void openTheMailbox() throws Exception {
        session = SessionUnderTest.syncedOnGreenMail(dataDir, greenMail, 4).session;
        window.attach(session);
        runMarks();
        assertEquals(4, list.messages().size());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void runMarks() {
        while (!marks.isEmpty()) {
            marks.remove(0).run();
        }
    }

    private boolean listed(MessageSummary message) {
        return list.messages().stream().anyMatch(row -> row.id() == message.id());
    }

    @Test
    void zStraightAfterNTakesBackThatMarkNotTheOneBefore() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        window.markNoResponseNeeded();
        runMarks();
        assertFalse(listed(first));

        MessageSummary second = list.selectedMessageProperty().get();
        window.markNoResponseNeeded(); // on its way to the server...
        window.undoTriage();           // ...when z is pressed
        runMarks();
        runMarks();

        assertTrue(listed(second), "the mark just made is taken back");
        assertFalse(listed(first), "the one before stands");
        assertEquals(second, list.selectedMessageProperty().get(), "and its message is selected again");
    }

    @Test
    void aMarkTakenBackBeforeTheServerHadItIsNotUndoneTwice() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        window.markNoResponseNeeded();
        window.undoTriage();
        window.undoTriage(); // pressed twice
        runMarks();
        runMarks();
        runMarks();
        assertTrue(listed(first));
        assertEquals(4, list.messages().size());
    }

    @Test
    void nZnFasterThanTheServerTakesBackTheFirstAndKeepsTheSecond() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        window.markNoResponseNeeded();
        window.undoTriage();
        MessageSummary second = list.selectedMessageProperty().get();
        window.markNoResponseNeeded(); // all three before the server took the first
        runMarks();
        runMarks();
        runMarks();
        assertTrue(listed(first), "the undo of the first was not dropped by the next mark");
        assertFalse(listed(second));
    }
}
