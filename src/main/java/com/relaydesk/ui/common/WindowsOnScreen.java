package com.relaydesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window of the app opens within the work area of its screen. Dialogs are laid out for a
 * desktop monitor (the templates window asks for 1180×760); on a 1024×600 netbook or a 768-pixel
 * laptop with a panel they opened with the title bar above the screen and the buttons below it,
 * out of reach of mouse and window manager alike. Menus, tooltips and notices are left alone.
 */
public final class WindowsOnScreen {

    private static final String MARK = "relaydesk.kept-on-screen";
    private static final java.util.concurrent.atomic.AtomicBoolean KEEPING = new java.util.concurrent.atomic.AtomicBoolean();

    private WindowsOnScreen() {
    }

    /** From now on, each window the app opens is fitted to its screen once it is shown. */
    public static void keep() {
        if (!KEEPING.compareAndSet(false, true)) {
            return; // once per process: the window list is the toolkit's, not one application's
        }
        Window.getWindows().forEach(WindowsOnScreen::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowsOnScreen::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window instanceof Stage stage && stage.getProperties().putIfAbsent(MARK, Boolean.TRUE) == null) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> fit(stage));
            // a dialog that grows as its figures arrive (the response-time dashboard, the access dialog's
            // texts) grows past the screen, or past its bottom edge from where it was centred when small
            stage.widthProperty().addListener((obs, was, now) -> grew(stage, was.doubleValue(), stage.getHeight()));
            stage.heightProperty().addListener((obs, was, now) -> grew(stage, stage.getWidth(), was.doubleValue()));
        }
    }

    /**
     * After a window changed size: one now larger than the work area, or one that was inside it
     * before and now runs past an edge, is fitted; a dialog the seller moved partly off the screen
     * on purpose is not pulled back by a resize.
     */
    private static void grew(Stage stage, double oldWidth, double oldHeight) {
        if (!stage.isShowing()) {
            return;
        }
        Rectangle2D area = workArea(stage);
        boolean wasInside = area.contains(stage.getX(), stage.getY(), oldWidth, oldHeight);
        javafx.application.Platform.runLater(() -> {
            if (wasInside || stage.getWidth() > area.getWidth() || stage.getHeight() > area.getHeight()) {
                fit(stage);
            }
        });
    }

    /** A dialog belongs on its owner's screen; a window of its own, on the screen it is on. */
    private static Rectangle2D workArea(Stage stage) {
        return ScreenFit.workAreaOf(stage.getOwner() != null ? stage.getOwner() : stage);
    }

    /** Shrinks and centres a window that does not fit its screen's work area; one that fits stays put. */
    static void fit(Stage stage) {
        if (stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        Rectangle2D area = workArea(stage);
        if (area.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())) {
            return;
        }
        Rectangle2D fit = ScreenFit.centred(area, stage.getWidth(), stage.getHeight());
        stage.setX(fit.getMinX());
        stage.setY(fit.getMinY());
        stage.setWidth(fit.getWidth());
        stage.setHeight(fit.getHeight());
    }
}
