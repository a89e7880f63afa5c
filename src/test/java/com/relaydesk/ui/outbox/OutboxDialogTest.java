package com.relaydesk.ui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.MailboxSession;
import com.relaydesk.mail.OutboxStore.NewReply;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Outbox window as the seller reads it: one line per reply and, for the chosen one, why it
 * stopped in full — the list once cut a held reply's reason to "…" after two lines.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxDialogTest extends FxRobot {

    private static final String BUYER = "buyer0000001@marketplace.amazon.com";
    private static final String REASON = "RelayDesk gave the reply to mail.example.org:587, but the connection was lost "
            + "before the server answered, so the buyer may have it already. It was not sent again: look for it in the "
            + "buyer's messages on the marketplace, then Send anyway or Discard it in the Outbox.";

    @TempDir
    Path dir;  // set before @Start runs (TestFX starts the stage in beforeEach)
    private SyncedMailboxSession session;
    private com.relaydesk.ui.appearance.WindowAppearance windows;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        // the app's theme, text size and stylesheets, as the seller sees the window
        windows = com.relaydesk.ui.appearance.WindowAppearance.follow(new com.relaydesk.ui.appearance.AppearanceViewModel(
                new com.relaydesk.ui.appearance.Appearance(com.relaydesk.ui.appearance.TextSize.P100, false),
                UiTasks.sameThread(), kept -> { }));
        main = stage;
        AccountCache cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        cache.outbox().enqueue(new NewReply("<r1@example.org>", BUYER, "Re: Where is my parcel?", "It ships today.",
                null, "<q1@relay.test>", List.of(), null, new byte[0]));
        cache.outbox().advance("<r1@example.org>", State.QUEUED, State.CHECKED);
        cache.outbox().submitting("<r1@example.org>");
        cache.outbox().hold("<r1@example.org>", REASON);
        // never started: the window reads the cache only
        session = new SyncedMailboxSession("test", "seller@example.org", cache, () -> {
            throw new AssertionError("the Outbox window does not connect");
        }, Clock.systemUTC());
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300);
        scene.getStylesheets().addAll(com.relaydesk.app.UiComposition.stylesheets()); // the dialog takes its owner's
        stage.setScene(scene);
        stage.show();
        new OutboxDialog(new OutboxViewModel(UiTasks.sameThread(), () -> Optional.<MailboxSession>of(session), mark -> { }))
                .show(stage);
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != main).forEach(javafx.stage.Window::hide);
            windows.close();
        });
        session.close();
    }

    @Test
    void theChosenHeldReplyShowsItsWholeReasonAndCanBeSentAnywayOrDiscarded() {
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> row = lookup(".list-cell").match((ListCell<?> cell) -> cell.getItem() != null).queryAs(ListCell.class);
        assertEquals("Held — may have gone out · Re: Where is my parcel? · to " + BUYER, row.getText());
        assertEquals("", lookup("#outbox-why").queryAs(Label.class).getText(), "nothing chosen yet");
        assertEquals("0 waiting, 0 not sent, 1 held (may have gone out), 0 sent",
                lookup("#outbox-summary").queryAs(Label.class).getText());

        clickOn(row);

        Label why = lookup("#outbox-why").queryAs(Label.class);
        assertEquals(REASON, why.getText());
        // what is drawn, not just the property: a label too small ends its drawn text with "…"
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) why.lookup(".text");
        assertEquals(REASON, drawn.getText(), "shown whole");
        assertTrue(why.getHeight() > 2 * why.getFont().getSize(), "on several lines: " + why.getHeight());
        assertFalse(lookup("#outbox-send-anyway").queryAs(Button.class).isDisabled());
        assertFalse(lookup("#outbox-discard").queryAs(Button.class).isDisabled());
    }

    @Test
    void theHeaderLinesStandInFromTheWindowsLeftEdgeLikeTheRestOfItsContent() {
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = lookup("#outbox-summary").queryAs(Label.class);
        javafx.scene.control.DialogPane pane = lookup("#outbox-dialog").queryAs(javafx.scene.control.DialogPane.class);
        double inset = summary.localToScene(summary.getLayoutBounds()).getMinX()
                - pane.getContent().localToScene(pane.getContent().getLayoutBounds()).getMinX();
        assertTrue(inset >= 12, "the summary's inset in the dialog's content: " + inset);
    }

    @Test
    void escapeClosesTheWindowWithTheListInFocus() {
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> row = lookup(".list-cell").match((ListCell<?> cell) -> cell.getItem() != null).queryAs(ListCell.class);
        clickOn(row);
        javafx.stage.Window outbox = row.getScene().getWindow();
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(outbox.isShowing());
    }
}
