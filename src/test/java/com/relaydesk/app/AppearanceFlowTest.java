package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import com.relaydesk.ui.appearance.AppearanceFile;
import com.relaydesk.ui.appearance.TextSize;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text size and dark mode in the real app: every window follows the size, dialogs opened later
 * included, and the next start opens in both from its first frame.
 */
class AppearanceFlowTest extends DemoAppRobot {

    @Test
    void ctrlEqualsGrowsTheTextOfTheMainWindowAndOfADialogOpenedAfterAndCtrl0GivesTheActualSizeBack() {
        assertEquals(TextSize.ACTUAL.px(), rootText().getFont().getSize(), 0.01, "13 px at first");

        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(TextSize.P115.px(), rootText().getFont().getSize(), 0.01, "one step larger");

        write("?");
        Label inDialog = lookup("#shortcut-sheet .label").match((Label label) -> !label.getStyleClass()
                .contains("shortcut-keys")).queryAs(Label.class);
        assertEquals(TextSize.P115.px(), inDialog.getFont().getSize(), 0.01, "a dialog opened afterwards too");

        keys(KeyCode.CONTROL, KeyCode.DIGIT0); // in the dialog: the keys work in every window
        assertEquals(TextSize.ACTUAL.px(), inDialog.getFont().getSize(), 0.01, "Ctrl+0 in the dialog");
        interact(() -> ((Stage) inDialog.getScene().getWindow()).close());
        assertEquals(TextSize.ACTUAL.px(), rootText().getFont().getSize(), 0.01, "and in the main window");
    }

    @Test
    void theTextSizeAndDarkModeChosenComeBackAtTheNextStartFromItsFirstFrame() throws TimeoutException {
        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        interact(() -> lookup("#dark-mode").queryAs(ToggleButton.class).fire());

        // as in a new process: no theme until the app sets one; noted as the main window shows
        List<String> themeAsTheWindowShows = new CopyOnWriteArrayList<>();
        ListChangeListener<Window> shown = change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(w -> w.getScene() != null
                        && w.getScene().getRoot().lookup("#mailbox-frame") != null)
                        .forEach(w -> themeAsTheWindowShows.add(String.valueOf(Application.getUserAgentStylesheet())));
            }
        };
        interact(() -> {
            Application.setUserAgentStylesheet(null);
            Window.getWindows().addListener(shown);
        });
        try {
            restartTheApp();
        } finally {
            interact(() -> Window.getWindows().removeListener(shown));
        }

        assertEquals(List.of(new PrimerDark().getUserAgentStylesheet()), themeAsTheWindowShows,
                "dark before the window shows: no light flash");
        assertTrue(lookup("#dark-mode").queryAs(ToggleButton.class).isSelected(), "the toggle says so");
        assertEquals(TextSize.P130.px(), rootText().getFont().getSize(), 0.01, "two steps larger, as left");
    }

    @Test
    void thePersonsChoiceIsKeptWithTheirProfileAndComesBackWithTheMailboxWithoutTheDesktopsFile() throws Exception {
        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        interact(() -> lookup("#dark-mode").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> java.nio.file.Files
                .readString(dataDir.resolve(AppearanceFile.FILE_NAME)).contains("theme=dark"));

        stopTheApp();
        java.nio.file.Files.delete(dataDir.resolve(AppearanceFile.FILE_NAME)); // as on another desktop's first start
        interact(() -> Application.setUserAgentStylesheet(null));
        startTheAppWithNoAccount();

        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(rootText().getFont().getSize() - TextSize.P115.px()) < 0.01);
        assertTrue(lookup("#dark-mode").queryAs(ToggleButton.class).isSelected(), "dark, as the owner left it");
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    @Test
    void atTheLargestSizeTheViewsAndTheirCountsShowWholeAndLargerTextCanGoNoFurther() {
        javafx.scene.layout.Region views = (javafx.scene.layout.Region) lookup("#mailbox-views").query().getParent();
        double width = views.getWidth();
        clickOn("#mailbox-views");
        for (int i = 0; i < 6; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(TextSize.P175.px(), rootText().getFont().getSize(), 0.01, "the largest, and no further");
        List<javafx.scene.text.Text> shown = lookup("#mailbox-views .label > .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(javafx.scene.Node::isVisible).toList();
        assertTrue(shown.stream().anyMatch(text -> text.getText().equals("No Response Needed")), "the longest view's name");
        assertTrue(shown.stream().noneMatch(text -> text.getText().endsWith("...") || text.getText().endsWith("…")),
                "nothing cut short: " + shown.stream().map(javafx.scene.text.Text::getText).toList());
        assertTrue(((javafx.scene.control.MenuButton) lookup("#app-menu").query()).getItems().stream()
                .filter(item -> "larger-text-menu-item".equals(item.getId())).allMatch(javafx.scene.control.MenuItem::isDisable),
                "Larger text is greyed out");
        assertTrue(views.getWidth() >= width * 1.6, "the views grew with their text: " + width + " → " + views.getWidth());

        keys(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(width, views.getWidth(), 3, "and give the room back at the actual size");
    }

    @Test
    void atTheLargestSizeInA1280PixelWindowTheListGrowsWithItsTextItsHeadingWholeAndThePanesFitTheWindow() {
        javafx.scene.control.SplitPane panes = lookup(".main-panes").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) panes.getItems().get(1);
        javafx.scene.layout.Region message = (javafx.scene.layout.Region) panes.getItems().get(2);
        assertEquals(1280, panes.getWidth(), 1, "the window at its first size");
        double atActualSize = list.getWidth();
        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        assertTrue(list.getWidth() > atActualSize, "one step larger, a wider list: " + atActualSize + " → " + list.getWidth());
        for (int i = 0; i < 2; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(TextSize.P150.px(), rootText().getFont().getSize(), 0.01);
        assertTrue(message.getWidth() >= list.getWidth() - 2, "at 150 % the message has as much room as the list, "
                + "its buttons on two rows, not three: " + list.getWidth() + " / " + message.getWidth());
        for (int i = 0; i < 2; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(TextSize.P175.px(), rootText().getFont().getSize(), 0.01);

        Label title = label("#message-list-title");
        assertEquals("Response Needed", shownText(title), "the list's heading whole, not \"Response Nee…\"");
        javafx.scene.control.ComboBox<?> order = lookup("#message-list-order").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(List.of("Newest first"), order.lookupAll(".text").stream().map(text -> ((javafx.scene.text.Text) text).getText())
                .filter(text -> !text.isEmpty()).toList(), "and the list order beside it");
        assertTrue(list.getWidth() >= 21 * TextSize.P175.px() - 1, "the list at least 21 em wide: " + list.getWidth());
        assertTrue(message.getWidth() >= message.getMinWidth() - 1 && message.getMinWidth() > 320,
                "the message keeps its least width, larger with the text: " + message.getWidth());
        double laidOut = panes.getItems().stream().mapToDouble(pane -> ((javafx.scene.layout.Region) pane).getWidth()).sum();
        assertTrue(laidOut <= panes.getWidth() - 6, "the three panes and the dividers fit the window: " + laidOut);
        assertTrue(message.localToScene(message.getLayoutBounds()).getMaxX() <= panes.getWidth() + 0.5, "nothing past its edge");

        keys(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(atActualSize, list.getWidth(), 3, "and the list as it was at the actual size");
    }

    @Test
    void aListTheSellerDraggedWiderStaysAsWideInEmThroughTheTextSizes() {
        javafx.scene.control.SplitPane panes = lookup(".main-panes").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) panes.getItems().get(1);
        interact(() -> panes.setDividerPositions(panes.getDividerPositions()[0], 0.45));
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = list.getWidth();
        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(dragged * TextSize.P115.percent() / 100.0, list.getWidth(), 3, "15 % wider with its text");
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(dragged * TextSize.P130.percent() / 100.0, list.getWidth(), 3, "30 % wider");
        keys(KeyCode.CONTROL, KeyCode.MINUS);
        keys(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(dragged, list.getWidth(), 3, "and as dragged at the actual size");
    }

    @Test
    void openedAtTheLargestSizeTheListHasItsUsualWidthBackAtTheActualSize() throws TimeoutException {
        javafx.scene.control.SplitPane panes = lookup(".main-panes").queryAs(javafx.scene.control.SplitPane.class);
        double usual = ((javafx.scene.layout.Region) panes.getItems().get(1)).getWidth();
        clickOn("#mailbox-views");
        for (int i = 0; i < 4; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        restartTheApp(); // opens at 175 %, the list at its least width
        panes = lookup(".main-panes").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) panes.getItems().get(1);
        assertEquals(TextSize.P175.px(), rootText().getFont().getSize(), 0.01);
        assertEquals("Response Needed", shownText(label("#message-list-title")));

        clickOn("#mailbox-views");
        keys(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(usual, list.getWidth(), 15, "not left at its least width, the names cut beside a wide message");
    }

    @Test
    void aDividerDraggedAtALargerSizeIsKeptInEmAsTheTextGetsSmaller() {
        javafx.scene.control.SplitPane panes = lookup(".main-panes").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) panes.getItems().get(1);
        clickOn("#mailbox-views");
        for (int i = 0; i < 3; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(TextSize.P150.px(), rootText().getFont().getSize(), 0.01);
        javafx.scene.Node divider = lookup(".main-panes > .split-pane-divider").queryAll().stream()
                .max(java.util.Comparator.comparingDouble(node -> node.localToScene(0, 0).getX())).orElseThrow();
        double before = list.getWidth();
        drag(divider).moveBy(-40, 0).drop(); // a narrower list (not under its least width), a wider message
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = list.getWidth();
        assertEquals(before - 40, dragged, 3, "dragged");

        keys(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(dragged * 130 / 150, list.getWidth(), 3, "as wide in em as it was left, not as the 150 % had it");
    }

    @Test
    void atTheLargestSizeTheConversationsRowsAreTallEnoughForTheirTextAndItsHeadingWhole() throws TimeoutException {
        clickOn("#mailbox-views");
        for (int i = 0; i < 4; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        interact(() -> messages().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !lookup("#conversation .list-cell").match((javafx.scene.control.ListCell<?> cell) -> !cell.isEmpty())
                        .queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node node : lookup("#conversation .list-cell").match((javafx.scene.control.ListCell<?> cell) -> !cell.isEmpty()
                && cell.getText() != null).queryAll()) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) node;
            javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
            assertTrue(text.getLayoutBounds().getHeight() + cell.snappedTopInset() + cell.snappedBottomInset() <= cell.getHeight() + 0.5,
                    "\"" + cell.getText() + "\" whole in its row: " + text.getLayoutBounds().getHeight() + " in " + cell.getHeight());
        }
        Label heading = label("#conversation-title");
        assertEquals(heading.getText(), shownText(heading), "its heading whole");
    }

    /** What {@code labeled} shows: its text, or the text cut short with an ellipsis. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return ((javafx.scene.text.Text) labeled.lookup(".text")).getText();
    }

    /** A label of the main window at the root's size: the demo banner's sentence. */
    private Label rootText() {
        return lookup("#demo-banner .label").queryAs(Label.class);
    }

    private void keys(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
