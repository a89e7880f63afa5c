package com.relaydesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Window bounds that fit a screen's work area, so no title bar or button opens out of reach. */
public final class ScreenFit {

    private ScreenFit() {
    }

    /** The wanted size, or the whole work area of a smaller screen, centred on it. */
    public static Rectangle2D centred(Rectangle2D workArea, double width, double height) {
        double w = Math.min(width, workArea.getWidth());
        double h = Math.min(height, workArea.getHeight());
        return new Rectangle2D(workArea.getMinX() + (workArea.getWidth() - w) / 2,
                workArea.getMinY() + (workArea.getHeight() - h) / 2, w, h);
    }

    /** The work area of the screen a window is on. */
    public static Rectangle2D workAreaOf(Window window) {
        return screenOf(window).getVisualBounds();
    }

    /** The screen a window is on (the first it touches), or the primary screen. */
    public static Screen screenOf(Window window) {
        if (window == null || Double.isNaN(window.getX())) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }
}
