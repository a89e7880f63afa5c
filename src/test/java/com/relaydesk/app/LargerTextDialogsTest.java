package com.relaydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.appearance.TextSize;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs laid out at a width in code, at 175 %: as much wider as the text (they kept their
 * pixels at 100 % and wrapped each sentence into a narrow column), and whole.
 */
class LargerTextDialogsTest extends DemoAppRobot {

    private static final double LARGEST = TextSize.P175.percent() / 100.0;

    @BeforeEach
    void atTheLargestSize() {
        clickOn("#mailbox-views");
        for (int i = 0; i < 4; i++) {
            press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(TextSize.P175.px(), label("#demo-banner .label").getFont().getSize(), 0.01);
    }

    @Test
    void theKeyboardShortcutsWrapAtAWidthInEm() {
        write("?");
        List<Label> actions = lookup("#shortcut-sheet .label").match((Label label) -> !label.getStyleClass()
                .contains("shortcut-keys")).queryAllAs(Label.class).stream().toList();
        double widest = actions.stream().mapToDouble(Label::getWidth).max().orElseThrow();
        assertTrue(widest > 560 * 1.1, "no longer wrapped at 560 px: " + widest);
        assertEquals(560 * LARGEST, actions.get(0).maxWidth(-1), 2, "560 px at 100 %");
    }

    @Test
    void clearTheOldBacklogIsWiderWithItsText() throws Exception {
        clickOn("#app-menu");
        clickOn("#backlog-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Clear the old backlog").isPresent());
        Region content = (Region) pane("Clear the old backlog").getContent();
        assertEquals(540 * LARGEST, content.getWidth(), 3, "540 px at 100 %");
        assertWhole("Clear the old backlog");
    }

    @Test
    void yourSignatureIsWiderWithItsText() throws Exception {
        clickOn("#app-menu");
        clickOn("#signature-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Your signature").isPresent());
        Region content = (Region) pane("Your signature").getContent();
        assertEquals(540 * LARGEST, content.getWidth(), 3, "540 px at 100 %");
        assertWhole("Your signature");
    }

    @Test
    void startTheDemoOverIsWiderWithItsText() throws Exception {
        clickOn("#app-menu");
        clickOn("#start-demo-over-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Start the demo over").isPresent());
        assertEquals(520 * LARGEST, pane("Start the demo over").getWidth(), 3, "520 px at 100 %");
        assertWhole("Start the demo over");
    }

    @Test
    void theOutboxOpenedForTheFirstTimeIsSizedAroundItsSentence() throws Exception {
        clickOn("#app-menu");
        clickOn("#outbox-menu-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Outbox").isPresent()
                && !in("Outbox", "#outbox-summary").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = in("Outbox", "#outbox-summary").queryAs(Label.class);
        assertTrue(summary.getHeight() < summary.getFont().getSize() * 2.5,
                "\"" + summary.getText() + "\" on a line or two, not a column of words: " + summary.getHeight());
        assertWhole("Outbox");
    }

    @Test
    void templatesFitsA1280PixelScreenWithItsButtonsWhole() throws Exception {
        clickOn("#mailbox-views");
        write("t");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown("Templates").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window window = shown("Templates").orElseThrow();
        assertTrue(window.getWidth() <= javafx.stage.Screen.getPrimary().getVisualBounds().getWidth(), "on the screen");
        for (String id : List.of("#template-save", "#templates-delete", "#template-insert-variable")) {
            javafx.scene.control.Labeled button = in("Templates", id).queryAs(javafx.scene.control.Labeled.class);
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            assertTrue(bounds.getMinX() >= -0.5 && bounds.getMaxX() <= window.getScene().getWidth() + 0.5,
                    id + " inside the window: " + bounds + " in " + window.getScene().getWidth());
            assertEquals(button.getText(), ((javafx.scene.text.Text) button.lookup(".text")).getText(), id + " whole");
        }
    }

    private DialogPane pane(String title) {
        return (DialogPane) shown(title).orElseThrow().getScene().getRoot();
    }

    /** The dialog's buttons lie inside its window, and their labels are whole. */
    private void assertWhole(String title) {
        Window window = shown(title).orElseThrow();
        Scene scene = window.getScene();
        DialogPane pane = (DialogPane) scene.getRoot();
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            assertTrue(bounds.getMaxX() <= scene.getWidth() + 0.5 && bounds.getMaxY() <= scene.getHeight() + 0.5,
                    type.getText() + " inside the window: " + bounds + " in " + scene.getWidth() + "×" + scene.getHeight());
            javafx.scene.text.Text shown = (javafx.scene.text.Text) button.lookup(".text");
            assertEquals(type.getText(), shown.getText(), "the button's label whole");
        }
    }
}
