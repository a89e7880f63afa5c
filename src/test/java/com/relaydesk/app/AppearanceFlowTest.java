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

    /** A label of the main window at the root's size: the demo banner's sentence. */
    private Label rootText() {
        return lookup("#demo-banner .label").queryAs(Label.class);
    }

    private void keys(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
