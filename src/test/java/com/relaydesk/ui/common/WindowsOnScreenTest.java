package com.relaydesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Windows larger than the screen (the headless screen is 1280×800) open within its work area. */
@ExtendWith(ApplicationExtension.class)
class WindowsOnScreenTest extends FxRobot {

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new Region(), 600, 400));
        stage.show();
        WindowsOnScreen.keep();
    }

    @Test
    void aDialogLargerThanTheScreenOpensShrunkAndCentredWithItsTitleBarOnScreen() throws Exception {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage big = dialog(area.getWidth() + 300, area.getHeight() + 200);
        assertTrue(big.getX() >= area.getMinX() && big.getY() >= area.getMinY(), big.getX() + "," + big.getY());
        assertTrue(big.getWidth() <= area.getWidth() && big.getHeight() <= area.getHeight(), big.getWidth() + "×" + big.getHeight());
        assertEquals(area.getMinX() + (area.getWidth() - big.getWidth()) / 2, big.getX(), 1, "centred");
        interact(big::close);
    }

    @Test
    void aDialogThatFitsOpensWhereTheToolkitPutsIt() throws Exception {
        Stage small = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.initOwner(main);
            stage.setScene(new Scene(new Region(), 300, 200));
            stage.setX(40);
            stage.setY(30);
            stage.show();
            return stage;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, small.getX(), 0.5);
        assertEquals(30, small.getY(), 0.5);
        assertEquals(300, small.getScene().getWidth(), 0.5);
        interact(small::close);
    }

    @Test
    void aDialogThatGrowsPastTheBottomEdgeAsItsTextsArriveIsMovedBackOnScreen() throws Exception {
        // "Access on this desktop…": laid out small and centred, then its texts arrive and it grows
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage growing = dialog(500, 300);
        interact(() -> {
            growing.setY(area.getMaxY() - 320);
            growing.setHeight(area.getHeight() - 100);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(growing.getY() + growing.getHeight() <= area.getMaxY() + 0.5,
                "its bottom (and buttons) on the screen: " + growing.getY() + " + " + growing.getHeight());
        assertTrue(growing.getY() >= area.getMinY(), "its title bar too: " + growing.getY());
        interact(growing::close);
    }

    @Test
    void aDialogMovedPartlyOffTheScreenOnPurposeStaysWhereItWasPutWhenItGrows() throws Exception {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage moved = dialog(500, 300);
        interact(() -> moved.setY(area.getMaxY() - 100));  // the seller dragged it down, out of the way
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> moved.setHeight(360));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(area.getMaxY() - 100, moved.getY(), 0.5);
        interact(moved::close);
    }

    private Stage dialog(double width, double height) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage dialog = new Stage();
            dialog.initOwner(main);
            dialog.setScene(new Scene(new Region(), width, height));
            dialog.show();
            return dialog;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }
}
