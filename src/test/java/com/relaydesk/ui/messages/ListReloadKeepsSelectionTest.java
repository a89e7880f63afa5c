package com.relaydesk.ui.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.session.SessionUnderTest;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sync reads the list again while the seller reads a message. The list control drops or moves its
 * selection while its rows are replaced; passed on, that emptied the reading pane and read the
 * message again on every sync (a blink, the pane scrolled back to the top, and a message just marked
 * unread read again). The selection now stays on the message throughout.
 */
@ExtendWith(ApplicationExtension.class)
class ListReloadKeepsSelectionTest extends FxRobot {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(false); // per class: running before @Start

    private final MessageListViewModel viewModel = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final List<MessageSummary> selections = new ArrayList<>();
    @TempDir
    Path dir;  // set before @Start runs (TestFX starts the stage in beforeEach)
    private SyncedMailboxSession session;
    private ListView<MessageSummary> list;

    @BeforeAll
    static void mailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessages(1, 5));
    }

    @Start
    void start(Stage stage) throws Exception {
        // not started: no IDLE and no timer; the test syncs
        session = SessionUnderTest.open(dir, () -> GreenMailSeller.backend(greenMail)).syncFirst().session;
        Map<Class<?>, Supplier<?>> controllers = Map.of(MessageListView.class, () -> new MessageListView(viewModel));
        stage.setScene(new Scene(new ViewLoader(controllers).load("messages/MessageList.fxml"), 600, 500));
        stage.show();
        viewModel.attach(session.queries());
        viewModel.reload();
        list = lookup("#message-list").queryListView();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    @Test
    void readingTheListAgainKeepsTheMessageBeingReadSelectedThroughout() {
        interact(() -> list.getSelectionModel().clearAndSelect(2));
        long reading = viewModel.selectedMessageProperty().get().id();
        viewModel.selectedMessageProperty().addListener((obs, old, now) -> selections.add(now));

        interact(viewModel::reload);  // what every sync and every return to the view does

        assertFalse(selections.contains(null), "the reading pane was never told that nothing is selected: " + selections);
        assertEquals(List.of(), selections.stream().filter(row -> row.id() != reading).toList(), "nor another message");
        assertEquals(reading, viewModel.selectedMessageProperty().get().id());
        assertEquals(reading, list.getSelectionModel().getSelectedItem().id(), "its row is still selected on screen");
        assertEquals(1, list.getSelectionModel().getSelectedItems().size());
    }

    @Test
    void threePickedRowsStayPickedWhenTheListIsReadAgain() {
        interact(() -> list.getSelectionModel().selectRange(0, 3));
        List<Long> picked = viewModel.picked().stream().map(MessageSummary::id).sorted().toList();
        assertEquals(3, picked.size());
        viewModel.selectedMessageProperty().addListener((obs, old, now) -> selections.add(now));

        interact(viewModel::reload);

        assertFalse(selections.contains(null), String.valueOf(selections));
        assertEquals(picked, viewModel.picked().stream().map(MessageSummary::id).sorted().toList());
        assertEquals(picked, list.getSelectionModel().getSelectedItems().stream().map(MessageSummary::id).sorted().toList());
    }
}
