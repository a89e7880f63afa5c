package com.relaydesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last left and follows it from then on. While the window is
 * maximized or minimized its bounds are the screen's or nothing, so the keeper remembers the last
 * ordinary bounds and restores to those: un-maximizing after a restart gives the seller's size back.
 */
public final class WindowPlacementKeeper {

    private final Stage stage;
    private WindowPlacement normal;
    private WindowPlacement beforeNormal;
    private boolean followPending;

    private WindowPlacementKeeper(Stage stage, WindowPlacement placed) {
        this.stage = stage;
        this.normal = placed;
        this.beforeNormal = placed;
    }

    /** Places the stage (call before it is shown) and starts following it. */
    public static WindowPlacementKeeper place(Stage stage, Optional<WindowPlacement> saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        List<Rectangle2D> primaryFirst = new ArrayList<>(screens);
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        primaryFirst.remove(primary);
        primaryFirst.add(0, primary);
        WindowPlacement placement = saved.map(p -> p.onScreens(primaryFirst)).orElseGet(() -> WindowPlacement.firstStart(primary));
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        WindowPlacementKeeper keeper = new WindowPlacementKeeper(stage, placement);
        stage.xProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.yProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.widthProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.heightProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.maximizedProperty().addListener((o, was, now) -> keeper.maximized(now));
        return keeper;
    }

    /** Where the window is now, with its ordinary bounds when it is maximized or minimized. */
    public WindowPlacement current() {
        return new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    /**
     * A move or resize changes x, y, width and height one at a time: the bounds are read once the
     * burst is over, when the window also says whether it was maximized meanwhile.
     */
    private void followSoon() {
        if (!followPending) {
            followPending = true;
            Platform.runLater(this::follow);
        }
    }

    private void follow() {
        followPending = false;
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0
                && stage.getHeight() > 0 && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
            WindowPlacement now = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            if (!now.equals(normal)) {
                beforeNormal = normal;
                normal = now;
            }
        }
    }

    /** Some window systems resize to the whole screen just before they report the maximize. */
    private void maximized(boolean maximized) {
        if (maximized && normal.width() == stage.getWidth() && normal.height() == stage.getHeight()) {
            normal = beforeNormal;
        }
    }
}
