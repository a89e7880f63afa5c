package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Report, Mark unread and the views from the keyboard, on the demo mailbox, as a seller triages. */
class KeyboardTriageTest extends DemoAppRobot {

    @Test
    void exclamationMarkReportsAsTheButtonDoesAndZTakesItBack() throws Exception {
        clickOn(firstRow());
        MessageSummary marked = selected();
        assertEquals("Report  (!)", lookup("#report-button").queryButton().getText(), "the button names its key");

        write("!");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().noneMatch(row -> row.id() == marked.id())
                && lookup("#status-undo-offer").query().isVisible());
        assertEquals("Reported: " + marked.buyerName(), label("#status-undo-text").getText(),
                "the same mark and the same Undo as the button");

        write("z");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            MessageSummary now = selected();  // once: the list may be read again between two calls
            return now != null && now.id() == marked.id();
        });
    }

    @Test
    void uMarksTheMessageBeingReadUnread() throws Exception {
        clickOn(firstRow());
        long read = selected().id();
        // opening it marked it read
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().anyMatch(row -> row.id() == read && !row.unread()));
        assertEquals("Mark unread  (u)", lookup("#unread-button").queryButton().getText());

        write("u");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().stream().anyMatch(row -> row.id() == read && row.unread()));
    }

    @Test
    void uMarksEveryPickedRowUnreadAndTheyStayUnreadWhenTheListIsReadAgain() throws Exception {
        clickOn(firstRow());
        write("j");
        write("j");  // the first three rows opened, so read
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows().size() >= 3
                && rows().subList(0, 3).stream().noneMatch(MessageSummary::unread));
        clickOn(firstRow());
        press(KeyCode.SHIFT);
        clickOn(row(2));
        release(KeyCode.SHIFT);
        java.util.Set<Long> picked = WaitForAsyncUtils.asyncFx(() -> messages().getSelectionModel().getSelectedItems()
                .stream().map(MessageSummary::id).collect(java.util.stream.Collectors.toSet())).get();
        assertEquals(3, picked.size(), "the first row, Shift+click on the third: " + picked);
        assertEquals("Mark unread · 3  (u)", lookup("#unread-button").queryButton().getText(), "it says it acts on all three");

        write("u");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> unread(picked));
        assertEquals(picked, WaitForAsyncUtils.asyncFx(() -> messages().getSelectionModel().getSelectedItems().stream()
                .map(MessageSummary::id).collect(java.util.stream.Collectors.toSet())).get(), "still picked");

        write("3");  // All, then back: the rows as the cache has them now
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#message-list-title").getText().startsWith("All"));
        write("1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#message-list-title").getText()
                .startsWith("Response Needed") && rows().stream().map(MessageSummary::id).toList().containsAll(picked));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);  // time for a mark read the reading pane should not send
        assertTrue(unread(picked), "unread in the cache, the one being read too: " + rows().subList(0, 3));
    }

    private boolean unread(java.util.Set<Long> ids) {
        return rows().stream().filter(row -> ids.contains(row.id())).allMatch(MessageSummary::unread)
                && rows().stream().filter(row -> ids.contains(row.id())).count() == ids.size();
    }

    @Test
    void theNumberKeysShowTheViewsAndFiltersButAreTextInTheSearchField() throws Exception {
        clickOn(firstRow());
        write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sent", label("#message-list-title").getText());
        write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("All", label("#message-list-title").getText());
        write("4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No Response Needed", label("#message-list-title").getText());
        write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reported", label("#message-list-title").getText());
        write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Response Needed", label("#message-list-title").getText());
        assertEquals("Sent  (2)", viewCell(MailboxView.SENT).getTooltip().getText(), "the views list names the keys");
        assertEquals("Reported  (5)", viewCell(MailboxView.REPORTED).getTooltip().getText());

        write("/");
        write("2!u");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2!u", lookup("#message-search").queryAs(TextField.class).getText());
        assertTrue(label("#message-list-title").getText().startsWith("Response Needed"));
        assertFalse(lookup("#status-undo-offer").query().isVisible(), "nothing was reported");
    }

    private ListCell<?> viewCell(MailboxView view) {
        return lookup("#mailbox-views .list-cell")
                .match((ListCell<?> cell) -> cell.getItem() == view && cell.isVisible()).query();
    }

    /** The cell showing the first message (not a spare one the list keeps out of sight to measure rows). */
    private javafx.scene.Node firstRow() throws TimeoutException {
        return row(0);
    }

    private javafx.scene.Node row(int index) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#message-list .list-cell")
                .match(node -> shows(node, index)).tryQuery().isPresent());
        return lookup("#message-list .list-cell").match(node -> shows(node, index)).query();
    }

    private static boolean shows(javafx.scene.Node node, int index) {
        return node instanceof ListCell<?> cell && cell.getIndex() == index && cell.getItem() != null && cell.isVisible();
    }

    private MessageSummary selected() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> messages().getSelectionModel().getSelectedItem()).get();
    }
}
