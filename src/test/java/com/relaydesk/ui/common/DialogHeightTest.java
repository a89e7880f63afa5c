package com.relaydesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog taller than a 600-pixel screen keeps its buttons on it; its content scrolls. */
@ExtendWith(ApplicationExtension.class)
class DialogHeightTest extends FxRobot {

    private Stage main;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the app does
        main = stage;
        stage.setScene(new Scene(new Region(), 900, 500));
        stage.show();
    }

    private Region field;

    /** A dialog with OK and Cancel around a form of this size, on a screen 600 pixels high. */
    private Dialog<ButtonType> showOn600PixelScreen(double formWidth, double formHeight) throws Exception {
        return showOn600PixelScreen(formWidth, formHeight, "");
    }

    private Dialog<ButtonType> showOn600PixelScreen(double formWidth, double formHeight, String style) throws Exception {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> shown = new Dialog<>();
            shown.initOwner(main);
            shown.getDialogPane().setStyle(style);
            field = new Region();
            field.setPrefSize(formWidth, formHeight);
            DialogHeight.scrollWithin(shown, new VBox(field), () -> 600);
            shown.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            shown.show();
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    @Test
    void aFormTallerThanTheScreenScrollsAndTheButtonsStayWithinIt() throws Exception {
        Dialog<ButtonType> dialog = showOn600PixelScreen(600, 760);  // the account form with its servers, ports and steps

        Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        Bounds inPane = dialog.getDialogPane().sceneToLocal(cancel.localToScene(cancel.getBoundsInLocal()));
        double paneHeight = dialog.getDialogPane().getHeight();
        interact(dialog::close);
        assertTrue(paneHeight <= 600 - 30, "fits a 600-pixel screen below its title bar: " + paneHeight);
        assertTrue(inPane.getMaxY() <= paneHeight, "Cancel on the pane: " + inPane.getMaxY() + " of " + paneHeight);
    }

    @Test
    void atALargerTextSizeTheTallerButtonBarStaysOnTheScreenToo() throws Exception {
        Dialog<ButtonType> dialog = showOn600PixelScreen(600, 760, "-fx-font-size: 24.5px;"); // 175 % of 14 px

        Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        Bounds inPane = dialog.getDialogPane().sceneToLocal(cancel.localToScene(cancel.getBoundsInLocal()));
        double paneHeight = dialog.getDialogPane().getHeight();
        interact(dialog::close);
        assertTrue(paneHeight <= 600 - 30, "fits a 600-pixel screen below its title bar: " + paneHeight);
        assertTrue(inPane.getMaxY() <= paneHeight, "Cancel on the pane: " + inPane.getMaxY() + " of " + paneHeight);
    }

    @Test
    void aShortFormIsShownWhole() throws Exception {
        Dialog<ButtonType> dialog = showOn600PixelScreen(400, 200);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) dialog.getDialogPane().getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        interact(dialog::close);
        assertTrue(viewport >= 199, "nothing to scroll: " + viewport);
    }

    @Test
    void aFormThatGrowsGrowsTheDialogAndOneThatShrinksShrinksIt() throws Exception {
        Dialog<ButtonType> dialog = showOn600PixelScreen(400, 200);
        double shown = dialog.getDialogPane().getScene().getWindow().getHeight();
        interact(() -> field.setPrefHeight(300)); // a test's steps appear
        WaitForAsyncUtils.waitForFxEvents();
        double grown = dialog.getDialogPane().getScene().getWindow().getHeight();
        interact(() -> field.setPrefHeight(150)); // another provider: the sign-in row goes
        WaitForAsyncUtils.waitForFxEvents();
        double shrunk = dialog.getDialogPane().getScene().getWindow().getHeight();
        interact(dialog::close);
        assertTrue(Math.abs(grown - shown - 100) < 2, "grew by the form's 100 pixels: " + shown + " → " + grown);
        assertTrue(Math.abs(grown - shrunk - 150) < 2, "shrank by its 150: " + grown + " → " + shrunk);
    }
}
