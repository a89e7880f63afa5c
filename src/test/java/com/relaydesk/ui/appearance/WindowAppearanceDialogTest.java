package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.common.UiTasks;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dialogs at the text size: laid out at it, with or without an owner, and sized again when it changes. */
@ExtendWith(ApplicationExtension.class)
class WindowAppearanceDialogTest extends FxRobot {

    private static final ButtonType KEEP = new ButtonType("Keep it in the outbox", ButtonType.CANCEL.getButtonData());
    private final AppearanceViewModel appearance = new AppearanceViewModel(new Appearance(TextSize.P175, false),
            UiTasks.sameThread(), kept -> { });
    private WindowAppearance windows;
    private Stage main;
    private Label mainText;

    @Start
    void start(Stage stage) {
        windows = WindowAppearance.follow(appearance);
        main = stage;
        mainText = new Label("Response Needed");
        Scene scene = new Scene(new StackPane(mainText), 1000, 700);
        scene.getStylesheets().add(getClass().getResource("/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.setX(100);
        stage.setY(50);
        stage.show();
    }

    @AfterEach
    void stopFollowing() {
        interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide);
            windows.close();
        });
    }

    @Test
    void anOwnedDialogOpensAtTheSizeWithItsButtonWholeAndCentredOnItsOwner() throws Exception {
        assertEquals(TextSize.P175.px(), mainText.getFont().getSize(), 0.01);
        Alert alert = shown(() -> alert(main));

        assertEquals(TextSize.P175.px(), content(alert).getFont().getSize(), 0.01);
        assertEquals("Keep it in the outbox", shownText(alert, KEEP), "its buttons whole, not \"Keep it in the outb…\"");
        Window dialog = alert.getDialogPane().getScene().getWindow();
        assertEquals(main.getX() + main.getWidth() / 2, dialog.getX() + dialog.getWidth() / 2, 2, "centred on the main window");
    }

    @Test
    void aDialogWithoutAnOwnerGetsTheSizeAsItShows() throws Exception {
        Alert alert = shown(() -> alert(null));
        assertEquals(TextSize.P175.px(), content(alert).getFont().getSize(), 0.01);
    }

    @Test
    void anOpenDialogFollowsAChangeAndIsSizedAgainAroundItsText() throws Exception {
        interact(appearance::actualSize);
        Alert alert = shown(() -> alert(main));
        double height = alert.getDialogPane().getScene().getHeight();

        interact(() -> appearance.textSizeProperty().set(TextSize.P175));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TextSize.P175.px(), content(alert).getFont().getSize(), 0.01);
        assertEquals(TextSize.P175.px(), mainText.getFont().getSize(), 0.01, "and the main window");
        assertTrue(alert.getDialogPane().getScene().getHeight() > height + 30, "taller with its text: "
                + alert.getDialogPane().getScene().getHeight() + " of " + height);
        assertEquals("Keep it in the outbox", shownText(alert, KEEP), "its buttons whole");
    }

    private static Alert alert(Stage owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Your reply waits in the outbox.", ButtonType.OK, KEEP);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    private Alert shown(Callable<Alert> make) throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert made = make.call();
            made.show();
            return made;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return alert;
    }

    /** What a button shows: its text, or the text cut short with "…". */
    private String shownText(Alert alert, ButtonType button) {
        return from(alert.getDialogPane().lookupButton(button)).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
    }

    private Label content(Alert alert) {
        return from(alert.getDialogPane()).lookup((Label label) -> "Your reply waits in the outbox.".equals(label.getText()))
                .queryAs(Label.class);
    }
}
