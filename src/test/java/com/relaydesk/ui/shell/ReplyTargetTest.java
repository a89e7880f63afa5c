package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.session.SessionUnderTest;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.ui.common.UiTasks;
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
 * Reply answers the message chosen, even when the reading pane has not caught up with it yet: a
 * seller who presses {@code j} then {@code r} quickly (or clicks a row and Reply at once, on a big
 * mailbox or a slow disk) must not get a reply to the buyer before.
 */
class ReplyTargetTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    /** The reading pane's loads, held until the test lets them run: a message that takes its time to load. */
    private final List<Runnable> paneLoads = new ArrayList<>();
    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final ReadingPaneViewModel readingPane = new ReadingPaneViewModel(new UiTasks(paneLoads::add, Runnable::run),
            ZoneOffset.UTC);
    private final StatusBarViewModel statusBar = new StatusBarViewModel("/data", ZoneOffset.UTC);
    private final MainWindowViewModel window = new MainWindowViewModel(new MailboxNavigationViewModel(), list,
            readingPane, statusBar);
    private SyncedMailboxSession session;

    @BeforeEach
    void openTheMailbox() throws Exception {
        session = SessionUnderTest.syncedOnGreenMail(dataDir, greenMail, 3).session;
        window.attach(session);
        loadThePane();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void loadThePane() {
        while (!paneLoads.isEmpty()) {
            paneLoads.remove(0).run();
        }
    }

    private MainWindowViewModel.ReplyTarget replyTarget() {
        MainWindowViewModel.ReplyTarget[] target = new MainWindowViewModel.ReplyTarget[1];
        window.withReplyTarget(opened -> target[0] = opened);
        assertNotNull(target[0], "a reply opens");
        return target[0];
    }

    @Test
    void replyRightAfterChoosingAnotherMessageAnswersTheMessageChosenNotTheOneStillShown() {
        MessageSummary first = list.messages().get(0);
        MessageSummary second = list.messages().get(1);
        list.selectedMessageProperty().set(first);
        loadThePane();
        assertEquals(first.id(), readingPane.detailProperty().get().id());

        list.selectedMessageProperty().set(second); // its load has not finished: the pane still shows the first
        assertEquals(first.id(), readingPane.detailProperty().get().id());
        MainWindowViewModel.ReplyTarget target = replyTarget();

        assertEquals(second.id(), target.message().id(), "the reply answers the message chosen");
        assertEquals(second.subject(), target.message().summary().subject());
        loadThePane();
        assertEquals(second.id(), readingPane.detailProperty().get().id());
    }

    @Test
    void replyToTheMessageShownUsesItAsLoaded() {
        MessageSummary first = list.messages().get(0);
        list.selectedMessageProperty().set(first);
        loadThePane();
        MainWindowViewModel.ReplyTarget target = replyTarget();
        assertEquals(readingPane.detailProperty().get(), target.message());
    }
}
