package com.relaydesk.ui.shell;

import com.relaydesk.ui.common.ScreenFit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window sits and how big it is, as the seller left it. Placed again only where it
 * can be used: a window last seen on a monitor that is no longer plugged in, or larger than the
 * screen it is on now, would open out of reach with its title bar and buttons off screen.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    /** @param dividers where the dividers between the window's panes are, as fractions of its width */
    public WindowPlacement {
        dividers = List.copyOf(dividers);
    }

    /** A placement that leaves the panes as the window lays them out. */
    public WindowPlacement(double x, double y, double width, double height, boolean maximized) {
        this(x, y, width, height, maximized, List.of());
    }

    /** The size the window asks for on first start, when the screen has room for it. */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** How much of the title bar must lie on a screen for the seller to grab and move it. */
    static final double GRAB_WIDTH = 120;
    static final double TITLE_BAR = 30;

    /** First start: the preferred size, or the whole work area of a smaller screen, centred. */
    public static WindowPlacement firstStart(Rectangle2D screen) {
        Rectangle2D fit = ScreenFit.centred(screen, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        return new WindowPlacement(fit.getMinX(), fit.getMinY(), fit.getWidth(), fit.getHeight(), false);
    }

    /**
     * This placement made usable on the screens there are now (their work areas, the primary
     * first): kept where its title bar can be grabbed, moved and shrunk to fit that screen, or
     * the first-start placement on the primary screen when no screen shows its title bar.
     */
    public WindowPlacement onScreens(List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), TITLE_BAR);
        Optional<Rectangle2D> home = screens.stream()
                .filter(screen -> titleBar.getMinY() >= screen.getMinY() && titleBar.getMinY() < screen.getMaxY())
                .filter(screen -> overlap(titleBar, screen) >= GRAB_WIDTH)
                .max(Comparator.comparingDouble(screen -> overlap(titleBar, screen)));
        if (home.isEmpty()) {
            WindowPlacement fresh = firstStart(screens.get(0));
            return new WindowPlacement(fresh.x, fresh.y, fresh.width, fresh.height, maximized, dividers);
        }
        Rectangle2D screen = home.get();
        double fitWidth = Math.min(width, screen.getWidth());
        double fitHeight = Math.min(height, screen.getHeight());
        double fitX = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - fitWidth));
        double fitY = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - fitHeight));
        return new WindowPlacement(fitX, fitY, fitWidth, fitHeight, maximized, dividers);
    }

    private static double overlap(Rectangle2D titleBar, Rectangle2D screen) {
        return Math.max(0, Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX()));
    }
}
