package com.relaydesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Under the app's theme, a dialog laid out 760 px wide opens 760 px wide, not at the theme's 600. */
@ExtendWith(ApplicationExtension.class)
class DialogWidthTest extends FxRobot {

    private Stage main;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the app does
        main = stage;
        stage.setScene(new Scene(new Region(), 900, 700));
        stage.show();
    }

    @Test
    void theThemeSqueezesAWideDialogAndDialogWidthGivesItItsWidth() throws Exception {
        assertEquals(600, paneWidth(false), 1, "the theme's cap, which the dashboard and account form ran into");
        double width = paneWidth(true);
        assertTrue(width >= 760, "the dialog as laid out: " + width);
    }

    private double paneWidth(boolean asLaidOut) throws Exception {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> shown = new Dialog<>();
            shown.initOwner(main);
            Region content = new Region();
            content.setPrefSize(760, 300);
            shown.getDialogPane().setContent(content);
            shown.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            if (asLaidOut) {
                DialogWidth.asLaidOut(shown.getDialogPane());
            }
            shown.show();
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double width = dialog.getDialogPane().getWidth();
        interact(dialog::close);
        return width;
    }
}
