package com.relaydesk.ui.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A message the relay forwarded opens on the buyer's words; one click shows all the relay sent. */
@ExtendWith(ApplicationExtension.class)
class ReadingPaneViewTest extends FxRobot {

    private static final String FORWARDED = """
            ------------- Message: -------------

            Hello, the lamp arrived with a cracked shade.

            ------------- End message -------------

            On Mon, 1 Jan 2024, Northwind Home Goods wrote:
            > It left our warehouse today.

            To respond to this customer, reply to this e-mail or visit your seller account:
            https://sellercentral.amazon.com/messaging/inbox
            """;

    @TempDir
    Path dir;
    private AccountCache cache;
    private final SimpleObjectProperty<MessageSummary> selected = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) throws Exception {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        cache.sync().storeBatch("INBOX", List.of(message(1, FORWARDED), message(2, "Thanks, all good now.")),
                new FolderSyncState("INBOX", 7, 3, 0));
        ReadingPaneViewModel viewModel = new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC);
        viewModel.follow(selected);
        viewModel.attach(cache.inbox());
        Map<Class<?>, Supplier<?>> controllers = Map.of(ReadingPaneView.class, () -> new ReadingPaneView(viewModel));
        stage.setScene(new Scene(new ViewLoader(controllers).load("reading/ReadingPane.fxml"), 700, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        cache.close();
    }

    @Test
    void aForwardedMessageOpensOnTheBuyersWordsAndTheLinkShowsTheRest() {
        open("Lamp (Order: 111-0000001-0000001)");
        assertEquals("Hello, the lamp arrived with a cracked shade.", body());
        Hyperlink whole = lookup("#whole-message").queryAs(Hyperlink.class);
        assertTrue(whole.isVisible());
        assertEquals(ReadingPaneView.WHOLE_MESSAGE, whole.getText());

        clickOn(whole);
        assertTrue(body().contains("------------- Message: -------------"), body());
        assertTrue(body().contains("> It left our warehouse today."), body());
        assertEquals("Show only the new text", whole.getText());

        clickOn(whole);
        assertEquals("Hello, the lamp arrived with a cracked shade.", body());
    }

    @Test
    void aMessageWithNothingLeftOutHasNoLinkAndTheNextMessageOpensOnItsWordsAgain() {
        open("Lamp (Order: 111-0000001-0000001)");
        clickOn("#whole-message");
        open("Thanks (Order: 111-0000001-0000002)");
        assertEquals("Thanks, all good now.", body());
        assertFalse(lookup("#whole-message").query().isVisible());
        open("Lamp (Order: 111-0000001-0000001)");
        assertEquals("Hello, the lamp arrived with a cracked shade.", body(), "each message opens on its words");
    }

    @Test
    void onAShortWindowThePaneScrollsRatherThanSqueezeTheBuyersWords() {
        open("Lamp (Order: 111-0000001-0000001)");
        interact(() -> window(0).setHeight(420));  // the reading pane of a 1024×600 window, or less
        javafx.scene.control.ListView<?> conversation = lookup("#conversation").queryListView();
        TextArea text = lookup("#reading-body").queryAs(TextArea.class);

        assertTrue(text.getHeight() >= 150, "at least seven lines of the message: " + text.getHeight());
        assertTrue(conversation.getHeight() <= 24 * conversation.getItems().size() + 4,
                "as tall as its rows: " + conversation.getHeight() + " for " + conversation.getItems().size()
                + " min " + conversation.getMinHeight() + " pref " + conversation.getPrefHeight());
        javafx.scene.control.ScrollPane scroll = lookup("#reading-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight(),
                "the rest is a scroll away");
    }

    private void open(String subject) {
        MessageSummary summary = cache.inbox().page(MailboxView.ALL, null, 10).stream()
                .filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
        interact(() -> selected.set(summary));
    }

    private String body() {
        return lookup("#reading-body").queryAs(TextArea.class).getText();
    }

    private static FetchedMessage message(long uid, String text) {
        String subject = uid == 1 ? "Lamp (Order: 111-0000001-0000001)" : "Thanks (Order: 111-0000001-0000002)";
        Instant at = Instant.parse("2026-11-30T08:00:00Z").plusSeconds(uid * 60);
        return new FetchedMessage("INBOX", uid, 0, "<m" + uid + "@relay>", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", "Anna Berg", List.of("seller@example.org"), subject, at, at,
                Set.of(), 2000, text, null, List.of(), "abcdefghij1234@marketplace.amazon.com",
                "111-0000001-000000" + uid, null, null);
    }
}
