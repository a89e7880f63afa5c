package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mark unread ({@code u}) on the picked rows marks every one of them unread, on the server
 * ({@code \Seen} taken off) and in the cache, as No Response Needed and Report act on all of
 * them; the message being read stays unread rather than being marked read again as it is shown.
 */
class MarkUnreadTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final ReadingPaneViewModel readingPane = new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC);
    private final StatusBarViewModel statusBar = new StatusBarViewModel("/data", ZoneOffset.UTC);
    private final MainWindowViewModel window = new MainWindowViewModel(new MailboxNavigationViewModel(), list,
            readingPane, statusBar);
    private SyncedMailboxSession session;

    @BeforeEach
    void openTheMailboxWithEveryMessageRead() throws Exception {
        // not started: no IDLE and no timer, so nothing but the test uses the connection
        session = SessionUnderTest.syncedOnGreenMail(dataDir, greenMail, 4).session;
        window.attach(session);
        for (MessageSummary row : List.copyOf(list.messages())) {
            list.selectedMessageProperty().set(row);  // shown, so marked read
        }
        assertEquals(4, GreenMailFolders.seenMessages(greenMail, "INBOX"));
        assertEquals(Set.of(), unreadInCache());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void uOnThreePickedRowsMarksAllThreeUnreadOnTheServerAndInTheCache() {
        List<MessageSummary> three = List.copyOf(list.messages().subList(0, 3));
        list.selectedMessageProperty().set(three.get(0));
        list.picked().setAll(three);
        assertEquals(3, readingPane.actedOnProperty().get(), "the button says it acts on three");

        window.markUnread();

        Set<Long> ids = three.stream().map(MessageSummary::id).collect(Collectors.toSet());
        assertEquals(1, GreenMailFolders.seenMessages(greenMail, "INBOX"), "only the unpicked one is still \\Seen");
        assertEquals(ids, unreadInCache());
        assertTrue(list.messages().stream().filter(row -> ids.contains(row.id())).allMatch(MessageSummary::unread),
                "the rows are bold at once");
        assertEquals(ids, list.picked().stream().map(MessageSummary::id).collect(Collectors.toSet()), "still picked");
        assertEquals(three.get(0).id(), readingPane.detailProperty().get().id(), "still being read");
        assertEquals("", statusBar.errorProperty().get());
    }

    @Test
    void uWithOneMessageSelectedMarksOnlyThatOneUnread() {
        MessageSummary second = list.messages().get(1);
        list.selectedMessageProperty().set(second);

        window.markUnread();

        assertEquals(3, GreenMailFolders.seenMessages(greenMail, "INBOX"));
        assertEquals(Set.of(second.id()), unreadInCache());
        assertTrue(list.selectedMessageProperty().get().unread(), "not marked read again while it is shown");
        assertEquals(second.id(), readingPane.detailProperty().get().id());
    }

    @Test
    void theMessageBeingReadStaysUnreadWhenTheListIsReadAgainButOpeningItAgainLaterReadsIt() {
        MessageSummary second = list.messages().get(1);
        list.selectedMessageProperty().set(second);
        window.markUnread();

        // the list view empties its selection while it replaces its rows (a sync, another view and back)
        list.selectedMessageProperty().set(null);
        list.reload();
        list.selectedMessageProperty().set(row(second.id()));
        assertEquals(second.id(), readingPane.detailProperty().get().id(), "shown again");
        assertEquals(Set.of(second.id()), unreadInCache(), "the reminder stays");
        assertEquals(3, GreenMailFolders.seenMessages(greenMail, "INBOX"));

        list.selectedMessageProperty().set(row(list.messages().get(0).id()));
        list.selectedMessageProperty().set(row(second.id()));
        assertEquals(Set.of(), unreadInCache(), "read another message, then this one again: opened anew");
    }

    private MessageSummary row(long id) {
        return list.messages().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    /** The unread messages as the cache has them now (read again, not the list's rows). */
    private Set<Long> unreadInCache() {
        return session.queries().page(MailboxView.ALL, null, 10).stream()
                .filter(MessageSummary::unread).map(MessageSummary::id).collect(Collectors.toSet());
    }
}
