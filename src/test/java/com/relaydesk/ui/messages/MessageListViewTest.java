package com.relaydesk.ui.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.ui.common.ViewLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MessageListViewTest extends FxRobot {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final SimpleObjectProperty<MailboxView> selectedView = new SimpleObjectProperty<>(MailboxView.RESPONSE_NEEDED);
    private MessageListViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MessageListViewModel(Clock.fixed(NOW, ZoneOffset.UTC));
        viewModel.followView(selectedView);
        viewModel.messages().setAll(List.of(
                message(1, "Anna Weber", NOW.minus(Duration.ofHours(23)), true, true),
                message(2, "Bob Stone", NOW.minus(Duration.ofHours(2)), false, false),
                message(3, "Chloé Martin", NOW.minus(Duration.ofHours(30)), false, false)));
        Map<Class<?>, Supplier<?>> controllers = Map.of(MessageListView.class, () -> new MessageListView(viewModel));
        stage.setScene(new Scene(new ViewLoader(controllers).load("messages/MessageList.fxml"), 600, 500));
        stage.show();
    }

    @Test
    void eachRowShowsBuyerOrderSubjectAndTheTimeLeftToAnswer() {
        assertTrue(lookup("Anna Weber").tryQuery().isPresent());
        assertTrue(lookup("113-0000000-0000001").tryQuery().isPresent());
        assertEquals(List.of("1h left", "22h left", "overdue by 6h"), clockTexts());
    }

    @Test
    void unreadRowsCarryTheUnreadStyleAndOnlyThoseWithFilesShowThePaperclip() {
        Node annaRow = lookup(".list-cell").match(cell -> cell.lookup(".message-buyer") instanceof Label label
                && label.getText().equals("Anna Weber")).query();
        assertTrue(annaRow.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("unread")));
        long visibleClips = lookup(".message-attachment").queryAll().stream().filter(Node::isVisible).count();
        assertEquals(1, visibleClips);
    }

    @Test
    void aMessageThatOnlyThanksSaysSoInResponseNeededOnly() {
        interact(() -> viewModel.messages().add(new MessageSummary(4, "Dana Cole", "113-0000000-0000004",
                "Re: Where is my order?", "Thanks for getting back to me so quickly, that helps. Dana",
                NOW.minus(Duration.ofHours(1)), true, false)));
        List<Node> shown = lookup(".thanks-only").queryAll().stream().filter(Node::isVisible).toList();
        assertEquals(1, shown.size(), "only Dana's row: the others ask something");
        Node danasRow = lookup(".list-cell").match(cell -> cell.lookup(".message-buyer") instanceof Label label
                && label.getText().equals("Dana Cole")).query();
        assertTrue(danasRow.lookup(".thanks-only").isVisible());
        assertFalse(lookup("#pick-thanks").query().isVisible(), "one note is picked by clicking it");

        interact(() -> viewModel.messages().add(new MessageSummary(5, "Eli Park", null, "Re: Lamp",
                "¡Muchas gracias por la respuesta tan rápida! Eli", NOW.minus(Duration.ofHours(3)), false, false)));
        javafx.scene.control.Hyperlink pick = lookup("#pick-thanks").queryAs(javafx.scene.control.Hyperlink.class);
        assertTrue(pick.isVisible());
        assertEquals("Pick all 2 that only say thanks", pick.getText());
        clickOn(pick);
        javafx.scene.control.ListView<MessageSummary> list = lookup("#message-list").queryListView();
        assertEquals(List.of(4L, 5L), list.getSelectionModel().getSelectedItems().stream().map(MessageSummary::id)
                .sorted().toList());
        assertEquals(List.of(4L, 5L), viewModel.actedOn().stream().map(MessageSummary::id).sorted().toList());
        assertTrue(list.isFocused(), "n goes to the list next");

        interact(() -> selectedView.set(MailboxView.ALL));
        assertTrue(lookup(".thanks-only").queryAll().stream().noneMatch(Node::isVisible), "a hint for what needs an answer");
        assertFalse(pick.isVisible());
    }

    @Test
    void aMessageATeammateIsAnsweringSaysWhoOnItsRow() {
        assertTrue(lookup(".claimed-by").queryAll().stream().noneMatch(Node::isVisible));
        interact(() -> {
            viewModel.followClaims(() -> Map.of(2L, "BC"));
            viewModel.reload(); // no mailbox attached: only the claims are read
        });
        List<Label> shown = lookup(".claimed-by").queryAll().stream().filter(Node::isVisible).map(Label.class::cast).toList();
        assertEquals(1, shown.size());
        assertEquals("BC answering", shown.get(0).getText());
        Node bobsRow = lookup(".list-cell").match(cell -> cell.lookup(".message-buyer") instanceof Label label
                && label.getText().equals("Bob Stone")).query();
        assertTrue(bobsRow.lookup(".claimed-by").isVisible());
    }

    @Test
    void theClockIsOnlyShownWhereAnAnswerIsStillDue() {
        interact(() -> selectedView.set(MailboxView.SENT));
        assertTrue(clockTexts().isEmpty());
        interact(() -> selectedView.set(MailboxView.RESPONSE_NEEDED));
        assertFalse(clockTexts().isEmpty());
    }

    @Test
    void asTheListNarrowsTheOrderIdStaysWholeTheNameGivesWayFirstAndOnlyThenTheOrderIdIsLeftOut() {
        String longName = "Maria Fernanda Castellanos Oliveira";
        interact(() -> viewModel.messages().set(0, message(1, longName, NOW.minus(Duration.ofHours(23)), true, true)));
        Label buyer = lookup(".message-buyer").match((Label label) -> label.getText().equals(longName)).queryAs(Label.class);
        Label order = lookup(".message-order").match((Label label) -> label.getText().equals("113-0000000-0000001"))
                .queryAs(Label.class);
        javafx.stage.Window window = buyer.getScene().getWindow();
        boolean nameShortened = false;
        boolean orderLeftOut = false;
        for (int width = 600; width >= 160; width -= 10) {
            int w = width;
            interact(() -> window.setWidth(w));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            boolean nameWhole = buyer.getWidth() + 0.5 >= buyer.prefWidth(-1);
            if (order.isVisible()) {
                assertTrue(order.getWidth() + 0.5 >= order.prefWidth(-1), "an order ID shows whole at " + w);
                assertTrue(nameWhole || buyer.getWidth() + 0.5 >= NameFirstLine.nameShortest(buyer), "the name keeps its room at " + w);
                assertFalse(orderLeftOut, "once left out, a narrower list does not bring it back (" + w + ")");
            } else {
                orderLeftOut = true;
            }
            nameShortened |= !nameWhole && order.isVisible();
        }
        assertTrue(nameShortened, "somewhere the name gave way to the order ID");
        assertTrue(orderLeftOut, "in the narrowest list the order ID is left out rather than cut");
        interact(() -> window.setWidth(600));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(order.isVisible(), "with room again it is back");
    }

    @Test
    void choosingAMessageScrollsOnlyWhenItsRowIsOutOfSight() {
        interact(() -> {
            List<MessageSummary> many = new java.util.ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                many.add(message(i, "Buyer " + i, NOW.minus(Duration.ofMinutes(i)), false, false));
            }
            viewModel.messages().setAll(many);
        });
        javafx.scene.control.ListView<MessageSummary> list = lookup("#message-list").queryListView();

        interact(() -> viewModel.selectedMessageProperty().set(list.getItems().get(5)));
        assertEquals(0, firstRowInSight(list), "the sixth row is in sight: the newest rows stay at the top");
        assertEquals(5, list.getSelectionModel().getSelectedIndex());

        interact(() -> viewModel.selectedMessageProperty().set(list.getItems().get(40)));
        int first = firstRowInSight(list);
        assertTrue(first > 5 && first <= 40, "scrolled down to the 41st row: " + first);
        assertTrue(lastRowInSight(list) >= 40);

        interact(() -> viewModel.selectedMessageProperty().set(list.getItems().get(first + 1)));
        assertEquals(first, firstRowInSight(list), "a row in sight: no jump");
    }

    @Test
    void inTheSearchFieldEscClearsAndDownGoesToTheFirstResult() {
        javafx.scene.control.TextField search = lookup("#message-search").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.ListView<MessageSummary> list = lookup("#message-list").queryListView();
        interact(() -> {
            search.requestFocus();
            search.setText("lamp");
        });

        type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("", search.getText(), "Esc clears the search");
        assertTrue(search.isFocused(), "and stays to type another");
        type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(list.isFocused(), "Esc on an empty search goes back to the list");

        interact(search::requestFocus);
        type(javafx.scene.input.KeyCode.DOWN);
        assertTrue(list.isFocused(), "Down goes to the results");
        assertEquals(list.getItems().get(0), viewModel.selectedMessageProperty().get(), "the first one is read");
    }

    @Test
    void whileSearchingTheOrderBoxSaysResultsComeNewestFirstAndThenShowsTheChosenOrderAgain() {
        javafx.scene.control.ComboBox<?> order = lookup("#message-list-order").queryComboBox();
        interact(() -> viewModel.orderProperty().set(com.relaydesk.model.ListOrder.OLDEST_FIRST));
        assertEquals("Waiting longest first", shownText(order));

        interact(() -> viewModel.searchTextProperty().set("lamp"));
        assertTrue(order.isDisabled());
        assertEquals("Newest first", shownText(order), "search results are newest first, and the box says so");
        assertEquals(com.relaydesk.model.ListOrder.OLDEST_FIRST, viewModel.orderProperty().get(), "the seller's choice is kept");

        interact(() -> viewModel.searchTextProperty().set(""));
        assertEquals("Waiting longest first", shownText(order));
    }

    private static String shownText(javafx.scene.control.ComboBox<?> box) {
        return box.lookupAll(".list-cell").stream().filter(cell -> cell.getParent() == box)  // the closed box's own cell
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText()).findFirst().orElseThrow();
    }

    private static int firstRowInSight(javafx.scene.control.ListView<?> list) {
        return ((javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private static int lastRowInSight(javafx.scene.control.ListView<?> list) {
        return ((javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow")).getLastVisibleCell().getIndex();
    }

    private List<String> clockTexts() {
        return lookup(".response-clock").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(text -> !text.isEmpty()).sorted().toList();
    }

    @Test
    void aMessageOpenedFromElsewhereAndNotListedLeavesNoOtherRowLookingChosen() {
        javafx.scene.control.ListView<?> list = lookup("#message-list").queryListView();
        interact(() -> viewModel.selectedMessageProperty().set(viewModel.messages().get(1)));
        assertEquals(1, list.getSelectionModel().getSelectedIndex());

        MessageSummary older = message(99, "Dora Lee", NOW.minus(Duration.ofDays(3)), false, false);
        interact(() -> viewModel.open(older));
        assertTrue(list.getSelectionModel().isEmpty(), "Bob Stone's row no longer looks chosen");
        assertEquals(older, viewModel.selectedMessageProperty().get(), "the one opened is still the one being read");
    }

    private static MessageSummary message(long id, String buyer, Instant time, boolean unread, boolean attachments) {
        return new MessageSummary(id, buyer, "113-0000000-000000" + id, "Where is my order?", "Hello, my parcel…",
                time, unread, attachments);
    }
}
