package com.relaydesk.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Puts the main window where it was last left and follows it from then on. While the window is
 * maximized or minimized its bounds are the screen's or nothing, so the keeper remembers the last
 * ordinary bounds and restores to those: un-maximizing after a restart gives the seller's size back.
 */
public final class WindowPlacementKeeper {

    private final Stage stage;
    private final SplitPane panes;
    private WindowPlacement normal;
    private WindowPlacement beforeNormal;
    private boolean followPending;

    private WindowPlacementKeeper(Stage stage, SplitPane panes, WindowPlacement placed) {
        this.stage = stage;
        this.panes = panes;
        this.normal = placed;
        this.beforeNormal = placed;
    }

    /**
     * Places the stage (call before it is shown), sets its panes' dividers as they were, and starts
     * following both.
     */
    public static WindowPlacementKeeper place(Stage stage, SplitPane panes, Optional<WindowPlacement> saved) {
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
        if (placement.dividers().size() == panes.getDividers().size()) {
            panes.setDividerPositions(placement.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        }
        keepFirstPaneWidthOnceShown(stage, panes);
        WindowPlacementKeeper keeper = new WindowPlacementKeeper(stage, panes, placement);
        stage.xProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.yProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.widthProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.heightProperty().addListener((o, was, now) -> keeper.followSoon());
        stage.maximizedProperty().addListener((o, was, now) -> keeper.maximized(now));
        return keeper;
    }

    /**
     * From then on the first pane (the views) keeps its width as the window grows or shrinks, and
     * the room goes to the others. Not before: the first layouts, at the scene's preferred size and
     * then at the window's, would fix the views at a width taken from the wrong one.
     */
    private static void keepFirstPaneWidthOnceShown(Stage stage, SplitPane panes) {
        Runnable keep = () -> Platform.runLater(() -> SplitPane.setResizableWithParent(panes.getItems().get(0), false));
        if (stage.isShowing()) {
            keep.run();
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> keep.run());
        }
    }

    /** Where the window is now, with its ordinary bounds when it is maximized or minimized. */
    public WindowPlacement current() {
        return new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized(),
                Arrays.stream(panes.getDividerPositions()).boxed().toList());
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
