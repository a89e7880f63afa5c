package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Finding;
import com.relaydesk.model.DeliveryStatus;
import com.relaydesk.model.Order;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.relay.demo.DemoWorld;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.RuleId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flows as a seller walks them, headless, against the real app in offline demo mode:
 * the embedded relay on loopback, real IMAP sync into a real SQLite cache.
 */
class DemoInboxFlowTest extends DemoAppRobot {

    /**
     * The cell showing the first message: by its index, not the first cell found, which may be one the
     * list keeps out of sight to measure rows (a click on it selects nothing).
     */
    private javafx.scene.Node firstRow() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#message-list .list-cell")
                .match(DemoInboxFlowTest::showsFirstMessage).tryQuery().isPresent());
        return lookup("#message-list .list-cell").match(DemoInboxFlowTest::showsFirstMessage).query();
    }

    /**
     * Clicks the first row until the list has selected it: once in a full run on a busy machine a
     * click landed while the list was replacing its rows and selected nothing ('marked' null).
     */
    private MessageSummary selectFirstRow() throws TimeoutException {
        for (int attempt = 1; ; attempt++) {
            clickOn(firstRow());
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> messages().getSelectionModel().getSelectedItem() != null);
                return messages().getSelectionModel().getSelectedItem();
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static boolean showsFirstMessage(javafx.scene.Node node) {
        return node instanceof javafx.scene.control.ListCell<?> cell && cell.getIndex() == 0 && cell.getItem() != null
                && cell.isVisible();
    }

    @Test
    void theDemoInboxOpensWithBuyerMessagesAndTheirResponseClocks() throws TimeoutException {
        firstRow();
        assertTrue(label("#status-connection").getText().startsWith("Offline demo"), label("#status-connection").getText());
        assertTrue(messages().getItems().size() > 20, "demo messages: " + messages().getItems().size());
        assertTrue(lookup(".response-clock").queryAll().stream().anyMatch(node -> node.isVisible()));
        assertTrue(lookup("#demo-banner").query().isVisible(), "first run on the demo offers to connect a mailbox");
        clickOn("#demo-dismiss");
        assertFalse(lookup("#demo-banner").query().isVisible());
    }

    @Test
    void aShortcutActsOnceAlsoAfterTheWindowWasNarrowedAndWidenedAgain() throws TimeoutException {
        Stage stage = (Stage) messages().getScene().getWindow();
        double width = stage.getWidth();
        // The toolbar moves its items into its overflow menu and back: once, that registered the
        // shortcuts a second time, and j skipped a message, n marked two.
        for (double narrow : new double[] {420, 700}) {
            interact(() -> stage.setWidth(narrow));
            interact(() -> stage.setWidth(width));
        }
        selectFirstRow();
        int before = messages().getSelectionModel().getSelectedIndex();
        write("j");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, messages().getSelectionModel().getSelectedIndex(), "j moves one message down");
        write("k");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, messages().getSelectionModel().getSelectedIndex(), "k moves one message up");
    }

    @Test
    void inASmallLaptopWindowTheReadingPaneShowsItsButtonsAndSubjectWhole() throws TimeoutException {
        Stage stage = (Stage) messages().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(680);
            });
            selectFirstRow();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reply-button").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node pane = lookup(".reading-pane").query();
            javafx.geometry.Bounds visible = pane.localToScene(pane.getLayoutBounds());
            for (String id : new String[] {"#reply-button", "#no-response-button", "#report-button", "#unread-button",
                "#reading-subject"}) {
                javafx.scene.Node node = lookup(id).query();
                javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
                assertTrue(b.getMinX() >= visible.getMinX() - 0.5 && b.getMaxX() <= visible.getMaxX() + 0.5,
                        id + " at " + b.getMinX() + "-" + b.getMaxX() + " outside the pane " + visible.getMinX() + "-"
                                + visible.getMaxX());
            }
        } finally {
            interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    void markingNoResponseNeededTakesTheMessageOutOfResponseNeeded() throws TimeoutException {
        MessageSummary marked = selectFirstRow();
        write("n");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> rows().stream().noneMatch(row -> row.id() == marked.id()));

        clickOn("No Response Needed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> rows().stream().anyMatch(row -> row.id() == marked.id()));
        interact(() -> messages().getSelectionModel().select(rows().stream()
                .filter(row -> row.id() == marked.id()).findFirst().orElseThrow()));
        clickOn("#reading-subject");
        write("n");
        clickOn("Response Needed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> rows().stream().anyMatch(row -> row.id() == marked.id()));
    }

    @Test
    void severalRowsPickedWithCtrlAndShiftClickAreMarkedWithOneNAndTakenBackWithOneZ() throws Exception {
        selectFirstRow();
        List<javafx.scene.Node> cells = lookup("#message-list .list-cell").queryAll().stream()
                .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getIndex() >= 1
                        && ((javafx.scene.control.ListCell<?>) cell).getIndex() <= 3)
                .sorted(java.util.Comparator.comparingInt(cell -> ((javafx.scene.control.ListCell<?>) cell).getIndex()))
                .toList();
        press(KeyCode.SHIFT);
        clickOn(cells.get(1));
        release(KeyCode.SHIFT);
        press(KeyCode.CONTROL);
        clickOn(cells.get(2));
        release(KeyCode.CONTROL);
        List<Long> picked = WaitForAsyncUtils.asyncFx(() -> messages().getSelectionModel().getSelectedItems().stream()
                .map(MessageSummary::id).sorted().toList()).get();
        assertEquals(4, picked.size(), "the first row, Shift+click on the third, Ctrl+click on the fourth: " + picked);
        assertTrue(lookup("#message-list-title").queryAs(Label.class).getText().endsWith(" · 4 selected"));
        assertEquals("No Response Needed · 4  (n)", lookup("#no-response-button").queryButton().getText(),
                "the button acts on all four and says so");

        write("n");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().noneMatch(row -> picked.contains(row.id()))
                && lookup("#status-undo-offer").query().isVisible());
        assertEquals("Marked 4 messages No Response Needed", label("#status-undo-text").getText());
        assertEquals(1, messages().getSelectionModel().getSelectedItems().size(), "the next row, alone");

        write("z");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().map(MessageSummary::id).toList()
                .containsAll(picked));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> messages()
                .getSelectionModel().getSelectedItems().stream().map(MessageSummary::id).sorted().toList()).get()
                .equals(picked));  // back and picked again: n would mark the four again
    }

    @Test
    void afterAClickInTheMessageTextTheKeysStillMoveAndMark() throws Exception {
        selectFirstRow();
        long first = selectedId();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#reading-body").queryAs(
                javafx.scene.control.TextArea.class).getText().isEmpty());
        clickOn("#reading-body"); // to select a sentence to copy, say
        write("j");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> selectedId() != first);
        assertEquals(rows().get(1).id(), selectedId());
    }

    @Test
    void aMistakenNoResponseNeededOrReportIsTakenBackWithZOrUndo() throws TimeoutException {
        MessageSummary marked = selectFirstRow();
        write("n");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().noneMatch(row -> row.id() == marked.id())
                && lookup("#status-undo-offer").query().isVisible());
        assertEquals("Marked No Response Needed: " + marked.buyerName(), label("#status-undo-text").getText());

        write("z");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedId() == marked.id());
        assertFalse(lookup("#status-undo-offer").query().isVisible(), "one mark, one undo");
        assertTrue(label("#status-last-sync").getText().startsWith("Undone: Marked No Response Needed"));

        clickOn("#report-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().noneMatch(row -> row.id() == marked.id())
                && lookup("#status-undo-offer").query().isVisible());
        assertEquals("Reported: " + marked.buyerName(), label("#status-undo-text").getText());
        clickOn("#status-undo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedId() == marked.id());
    }

    @Test
    void anOldBacklogLeavesResponseNeededInOneGoAndZBringsItBack() throws Exception {
        int before = needAnswer();
        clickOn("#app-menu");
        clickOn("#backlog-menu-item"); // by id: the backlog banner has a button of the same words
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Clear the old backlog").isPresent());
        javafx.scene.control.ComboBox<Integer> age = in("Clear the old backlog", "#backlog-age").queryComboBox();
        interact(() -> age.setValue(7));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> in("Clear the old backlog", "#backlog-count")
                .queryAs(Label.class).getText().contains("more than 7 days ago"));
        String counted = in("Clear the old backlog", "#backlog-count").queryAs(Label.class).getText();
        int old = Integer.parseInt(counted.substring(0, counted.indexOf(' ')).replace(",", ""));
        assertTrue(old > 0 && old < before, counted + " of " + before);

        clickOn("Mark No Response Needed");
        // simulated buyers may write meanwhile: a few new messages are allowed for
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> needAnswer() - (before - old) >= 0
                && needAnswer() - (before - old) <= 3);
        assertEquals("Marked " + String.format("%,d", old) + " messages older than 7 days No Response Needed", label("#status-undo-text").getText());
        selectFirstRow();
        write("z");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> needAnswer() >= before);
    }

    /** The count of Response Needed, as the window's title says it. */
    private int needAnswer() throws Exception {
        String title = WaitForAsyncUtils.asyncFx(() -> ((Stage) messages().getScene().getWindow()).getTitle()).get();
        return title.contains(" — ") ? Integer.parseInt(title.replace(",", "").replaceAll("\\D+", " ").strip().split(" ")[0]) : 0;
    }

    private long selectedId() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MessageSummary selected = messages().getSelectionModel().getSelectedItem();
            return selected == null ? -1L : selected.id();
        }).get();
    }

    @Test
    void theReadingPaneShowsTheOrderAndTheWholeConversationWithTheBuyer() throws Exception {
        MessageSummary withOrder = rows().stream().filter(row -> row.orderId() != null)
                .findFirst().orElseThrow();
        interact(() -> messages().getSelectionModel().select(withOrder));
        ListView<?> conversation = lookup("#conversation").queryListView();
        java.util.concurrent.Callable<List<MessageSummary>> thread = () -> WaitForAsyncUtils.asyncFx(
                () -> conversation.getItems().stream()
                        .map(row -> ((com.relaydesk.ui.reading.ConversationRow) row).message())
                        .filter(java.util.Objects::nonNull).toList()).get();
        // The panes fill in the background: the order panel may still show the last message's order
        // (the same order, for a buyer who wrote twice), so wait for this message's own conversation.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#order-panel").query().isVisible()
                && thread.call().stream().anyMatch(row -> row.id() == withOrder.id()));
        assertEquals("Order " + withOrder.orderId(), label("#order-title").getText());
        assertTrue(thread.call().stream().allMatch(row -> withOrder.buyerAlias().equals(row.buyerAlias())));
    }

    @Test
    void aReviewRequestShowsItsFindingAndSendStaysDisabledWithTheReason() throws TimeoutException {
        selectFirstRow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#reply-button").queryButton().isDisabled() == false);
        write("r");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::composeReady);
        StyleClassedTextArea body = inCompose("#compose-body").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(body, body.getScene().getFocusOwner(), "the reply opens ready to type into");
        interact(() -> body.replaceText("Thanks for your order! If you are happy, please leave us a five star review."));
        ListView<Finding> findings = inCompose("#compose-findings").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> List.copyOf(findings.getItems())).get().stream()
                        .anyMatch(f -> f.ruleId() == RuleId.C3));
        Button send = inCompose("#compose-send").queryButton();
        assertTrue(send.isDisabled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> composeLabel("#compose-allowance").getText().matches("\\d+ of 6\\d\\d messages today \\(B5\\)"));
        assertTrue(composeLabel("#compose-send-reason").getText().startsWith("Fix the blocking finding"),
                composeLabel("#compose-send-reason").getText());

        clickOn(body);  // a new window has no keyboard focus here until it is clicked
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> composeRoot().isEmpty());
        StyleClassedTextArea again = openReply();  // the same reply again: the text waited as a draft
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getText().contains("five star review"));
        interact(() -> ((Stage) again.getScene().getWindow()).close());
    }

    @Test
    void aReplyBeingWrittenWhenTheSellerQuitsWaitsAsADraftAfterARestart() throws TimeoutException {
        selectFirstRow();
        MessageSummary answering = messages().getSelectionModel().getSelectedItem();
        StyleClassedTextArea body = openReply();
        interact(() -> body.replaceText("Your replacement shade leaves our workshop on Thursday."));
        clickOn(body); // Ctrl+Q in the reply window itself
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(Window::isShowing), "Ctrl+Q closed every window: "
                + Window.getWindows().stream().filter(Window::isShowing).map(w -> w instanceof Stage s ? s.getTitle() : "?").toList());

        restartTheApp();
        // the demo goes on where it was, with the same UIDVALIDITYs and UIDs: the cache holds; the same
        // message, found by what it says
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));
        java.util.function.Predicate<MessageSummary> same = m -> m.subject().equals(answering.subject())
                && java.util.Objects.equals(m.buyerName(), answering.buyerName());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().stream().anyMatch(same));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            interact(() -> messages().getSelectionModel().select(rows().stream().filter(same).findFirst().orElseThrow()));
            return !lookup("#reply-button").queryButton().isDisabled();
        });
        StyleClassedTextArea again = openReply();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getText().contains("leaves our workshop on Thursday"));
        interact(() -> ((Stage) again.getScene().getWindow()).close());
    }

    @Test
    void aMarkIsStillThereAfterARestartAndStartingTheDemoOverBringsTheFreshShopBack() throws TimeoutException {
        MessageSummary marked = selectFirstRow();
        java.util.function.Predicate<MessageSummary> same = m -> m.subject().equals(marked.subject())
                && java.util.Objects.equals(m.buyerName(), marked.buyerName());
        write("n");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().noneMatch(same));

        restartTheApp(); // closing saved the demo; this start goes on with it
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));
        assertTrue(rows().stream().noneMatch(same), "still out of Response Needed");
        clickOn("No Response Needed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().anyMatch(same));

        interact(() -> lookup("#app-menu").queryAs(javafx.scene.control.MenuButton.class).show());
        javafx.scene.control.MenuItem startOver = lookup("#app-menu").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().stream().filter(i -> "start-demo-over-menu-item".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(startOver.isVisible(), "offered on the demo");
        interact(() -> {
            lookup("#app-menu").queryAs(javafx.scene.control.MenuButton.class).hide();
            startOver.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#start-demo-over-confirm").tryQuery().isPresent());
        assertTrue(lookup("#start-demo-over-text").queryAs(Label.class).getText().contains("replies you sent"));
        interact(() -> lookup("#start-demo-over-confirm").queryButton().fire());
        // the fresh shop: the same message, needing an answer again
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#status-last-sync").getText().startsWith("Synced"));
        clickOn("Response Needed");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().anyMatch(same));
    }

    @Test
    void searchFindsAMessageByAWordOfItsBody() throws TimeoutException {
        int before = messages().getItems().size();
        clickOn("#message-search");
        write("cracked");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rows().isEmpty() && rows().size() < before);
        List<MessageSummary> found = rows();
        assertFalse(found.isEmpty());
        selectFirstRow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#reading-body").queryTextInputControl().getText().toLowerCase().contains("cracked"));
    }

    @Test
    void aSentReplyAppearsInSentAsDeliveredAndTheListMovesOnToTheNextMessage() throws TimeoutException {
        selectFirstRow();
        MessageSummary question = messages().getSelectionModel().getSelectedItem();
        MessageSummary next = rows().get(rows().indexOf(question) + 1);
        openReplyAndSend("Thanks for asking. Your order ships today and arrives within three days.", false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            MessageSummary selected = messages().getSelectionModel().getSelectedItem();
            return selected != null && selected.id() == next.id();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().stream().noneMatch(row -> row.id() == question.id()));
        assertEquals(next.id(), messages().getSelectionModel().getSelectedItem().id(), "still on the next message");
        clickOn("Sent");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rows().stream().anyMatch(row ->
                row.subject().equals("Re: " + question.subject()) && row.delivery() == DeliveryStatus.DELIVERED));

        clickOn("#app-menu");
        clickOn("Outbox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#outbox-summary").tryQuery().isPresent()
                && label("#outbox-summary").getText().equals("0 waiting, 0 not sent, 1 sent"));
        interact(() -> ((Stage) label("#outbox-summary").getScene().getWindow()).close());
    }

    @Test
    void aNewMessageToAnOptedOutBuyerShowsAsBouncedInSent() throws TimeoutException {
        DemoWorld world = DemoWorld.generate(DemoRelay.DEFAULT_SEED, Instant.now());
        Set<String> handmadeBuyers = world.orders().stream().filter(Order::handmadeOrCustom)
                .map(Order::buyerAlias).collect(Collectors.toSet());
        Set<String> optedOut = world.buyers().stream().filter(Buyer::optedOut).map(Buyer::alias)
                .filter(alias -> !handmadeBuyers.contains(alias)).collect(Collectors.toSet());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().stream()
                .anyMatch(row -> optedOut.contains(row.buyerAlias()) && row.orderId() != null));
        MessageSummary fromOptedOut = rows().stream()
                .filter(row -> optedOut.contains(row.buyerAlias()) && row.orderId() != null).findFirst().orElseThrow();
        interact(() -> {
            messages().scrollTo(fromOptedOut);
            messages().getSelectionModel().select(fromOptedOut);
        });
        openReplyAndSend("We need to schedule the delivery of order " + fromOptedOut.orderId()
                + ": which weekday suits you?", true);
        clickOn("Sent");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rows().stream().anyMatch(row ->
                fromOptedOut.buyerAlias().equals(row.buyerAlias()) && row.delivery() == DeliveryStatus.BOUNCED));
    }

    @Test
    void aSignatureSavedFromTheMenuGoesUnderTheNextReplyWithTheCursorAboveIt() throws Exception {
        clickOn("#app-menu");
        clickOn("#signature-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Your signature").isPresent());
        javafx.scene.control.TextArea text = in("Your signature", "#signature-text").queryAs(javafx.scene.control.TextArea.class);
        Button save = in("Your signature", ".button").match((Button b) -> b.getText().equals("Save")).queryButton();
        interact(() -> text.setText("Anna · Walnut & Wick\nCall +44 20 7946 0958"));
        assertTrue(save.isDisabled(), "a phone number would go out in every reply (C6)");
        interact(() -> text.setText("Kind regards,\nAnna · Walnut & Wick"));
        assertFalse(save.isDisabled());
        clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Your signature").isEmpty());

        selectFirstRow();
        StyleClassedTextArea body = openReply();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> body.getText().equals("\n\nKind regards,\nAnna · Walnut & Wick"));
        // the wait above reads the text from this thread, possibly between the editor's two steps
        // (text in, caret up); ask on the FX thread once it is done
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(body::getCaretPosition).get(), "the seller types above the signature");
        assertEquals("Write a reply first.", composeLabel("#compose-send-reason").getText());
        interact(() -> body.insertText(0, "Your lamp ships today."));
        interact(() -> ((Stage) body.getScene().getWindow()).close());

        StyleClassedTextArea again = openReply(); // the draft comes back with its one signature, whichever is read first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getText().startsWith("Your lamp ships today."));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals("Your lamp ships today.\n\nKind regards,\nAnna · Walnut & Wick", again.getText());
        interact(() -> again.replaceText("\n\nKind regards,\nAnna · Walnut & Wick"));  // back to the signature alone
        interact(() -> ((Stage) again.getScene().getWindow()).close());
        StyleClassedTextArea third = openReply();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !third.getText().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals("\n\nKind regards,\nAnna · Walnut & Wick", third.getText(), "only the signature left: no draft kept");
        interact(() -> ((Stage) third.getScene().getWindow()).close());
    }

    @Test
    void aSpanishBuyersReplyStartsWithTheSignatureKeptForSpanishAndAnEnglishOneWithTheGeneralOne() throws Exception {
        saveSignature("", "Kind regards,\nAnna · Walnut & Wick");
        saveSignature("es", "Saludos cordiales,\nAnna · Walnut & Wick");

        assertEquals("\n\nSaludos cordiales,\nAnna · Walnut & Wick", replyStartFor("Cancelar pedido"), "a Spanish buyer");
        assertEquals("\n\nKind regards,\nAnna · Walnut & Wick", replyStartFor("Where is my order"), "an English buyer");
    }

    /** What a reply to the first message whose subject starts so begins with; the editor is closed again. */
    private String replyStartFor(String subjectStart) throws Exception {
        MessageSummary message = rows().stream().filter(row -> row.subject().startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a message " + subjectStart));
        interact(() -> messages().getSelectionModel().select(message));
        StyleClassedTextArea body = openReply();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !body.getText().isEmpty());
        String text = WaitForAsyncUtils.asyncFx(() -> body.getText()).get();
        interact(() -> ((Stage) body.getScene().getWindow()).close());
        return text;
    }

    /** Saves a signature from the menu for replies in {@code language} ("" for any language). */
    private void saveSignature(String language, String signature) throws TimeoutException {
        clickOn("#app-menu");
        clickOn("#signature-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Your signature").isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> languages = in("Your signature", "#signature-language")
                .queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> languages.setValue(language));
        javafx.scene.control.TextArea text = in("Your signature", "#signature-text").queryAs(javafx.scene.control.TextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> text.setText(signature));
        clickOn(in("Your signature", ".button").match((Button b) -> b.getText().equals("Save")).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Your signature").isEmpty());
    }

    @Test
    void aTemplateFillsTheOrderVariablesFromTheSelectedOrder() throws TimeoutException {
        MessageSummary withOrder = rows().stream().filter(row -> row.orderId() != null)
                .findFirst().orElseThrow();
        interact(() -> messages().getSelectionModel().select(withOrder));
        StyleClassedTextArea body = openReply();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.relaydesk.templates.Template> templates =
                inCompose("#compose-template").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !templates.getItems().isEmpty());
        com.relaydesk.templates.Template whereIsMyOrder = templates.getItems().stream()
                .filter(t -> t.id().equals("where-is-my-order-en")).findFirst().orElseThrow();
        interact(() -> templates.getSelectionModel().select(whereIsMyOrder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> body.getText().contains(withOrder.orderId()));
        assertFalse(body.getText().contains("{{order.id}}"));
        assertTrue(body.getText().contains("Walnut & Wick"), "{{seller.name}} filled: " + body.getText());
        interact(() -> ((Stage) body.getScene().getWindow()).close());
    }

    private void openReplyAndSend(String text, boolean asNewMessage) throws TimeoutException {
        StyleClassedTextArea body = openReply();
        interact(() -> {
            body.replaceText(text);
            inCompose("#compose-new-message").queryAs(javafx.scene.control.CheckBox.class).setSelected(asNewMessage);
            if (asNewMessage) {
                inCompose("#compose-subject").queryAs(TextField.class).setText("Delivery scheduling for your order");
            }
        });
        Button send = inCompose("#compose-send").queryButton();
        assertFalse(send.isDisabled(), composeLabel("#compose-send-reason").getText() + " "
                + inCompose("#compose-findings").queryListView().getItems());
        clickOn(send);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> composeRoot().isEmpty());
    }

    /** Opens the reply to the selected message with the reading pane's Reply button; its text area. */
    private StyleClassedTextArea openReply() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#reply-button").queryButton().isDisabled());
        clickOn("#reply-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::composeReady);
        return inCompose("#compose-body").queryAs(StyleClassedTextArea.class);
    }

    /** The reply editor's window, if one is showing. */
    private java.util.Optional<javafx.scene.Parent> composeRoot() {
        return shown("Reply to").map(w -> w.getScene().getRoot());
    }

    /** The editor is showing and laid out: its text area and policy list are in the scene. */
    private boolean composeReady() {
        return composeRoot().map(root -> from(root).lookup("#compose-body").tryQuery().isPresent()
                && from(root).lookup("#compose-findings").tryQuery().isPresent()).orElse(false);
    }

    private org.testfx.service.query.NodeQuery inCompose(String query) {
        return from(composeRoot().orElseThrow(() -> new AssertionError("no reply editor open"))).lookup(query);
    }

    private Label composeLabel(String query) {
        return inCompose(query).queryAs(Label.class);
    }
}
