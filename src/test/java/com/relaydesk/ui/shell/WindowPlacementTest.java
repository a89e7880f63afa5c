package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D DESK = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D SIDE = new Rectangle2D(1920, 0, 1280, 984);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @Test
    void theFirstStartTakesThePreferredSizeCentredOrAWholeSmallScreen() {
        assertEquals(new WindowPlacement(320, 120, 1280, 800, false), WindowPlacement.firstStart(DESK));
        assertEquals(new WindowPlacement(43, 0, 1280, 728, false), WindowPlacement.firstStart(LAPTOP),
                "on a laptop the window is no taller than the screen's work area");
    }

    @Test
    void aWindowFitsAScreenSmallerThanItsPreferredSizeCentredAndKeepsItsSizeOnALargerOne() {
        javafx.geometry.Rectangle2D netbook = new javafx.geometry.Rectangle2D(0, 24, 1024, 576);
        assertEquals(new javafx.geometry.Rectangle2D(12, 24, 1000, 576),
                com.relaydesk.ui.common.ScreenFit.centred(netbook, 1000, 680), "the reply editor on a netbook");
        assertEquals(new javafx.geometry.Rectangle2D(460, 180, 1000, 680),
                com.relaydesk.ui.common.ScreenFit.centred(DESK, 1000, 680));
    }

    @Test
    void aPlacementThatFitsIsKeptAsItWasOnWhicheverScreen() {
        WindowPlacement onSide = new WindowPlacement(2000, 40, 1000, 700, false);
        assertEquals(onSide, onSide.onScreens(List.of(DESK, SIDE)));
        WindowPlacement maximized = new WindowPlacement(100, 80, 1100, 760, true);
        assertEquals(maximized, maximized.onScreens(List.of(DESK)));
    }

    @Test
    void aWindowLastSeenOnAMonitorThatIsGoneOpensOnThePrimaryScreen() {
        WindowPlacement onSide = new WindowPlacement(2000, 40, 1000, 700, true);
        WindowPlacement placed = onSide.onScreens(List.of(DESK));
        assertEquals(new WindowPlacement(320, 120, 1280, 800, true), placed, "first-start bounds, still maximized");
    }

    @Test
    void aTitleBarAboveTheScreenOrAlmostOffItsEdgeCannotBeGrabbedSoTheWindowStartsAfresh() {
        assertEquals(WindowPlacement.firstStart(DESK), new WindowPlacement(300, -60, 900, 600, false).onScreens(List.of(DESK)));
        assertEquals(WindowPlacement.firstStart(DESK), new WindowPlacement(1850, 100, 900, 600, false).onScreens(List.of(DESK)),
                "70 pixels of title bar are too few to grab");
    }

    @Test
    void aWindowPartlyOffItsScreenIsMovedInAndOneTooLargeIsShrunkToFit() {
        WindowPlacement movedIn = new WindowPlacement(1500, 700, 900, 600, false).onScreens(List.of(DESK));
        assertEquals(new WindowPlacement(1020, 440, 900, 600, false), movedIn);

        WindowPlacement fromDesk = new WindowPlacement(100, 50, 1700, 980, false).onScreens(List.of(LAPTOP));
        assertEquals(new WindowPlacement(0, 0, 1366, 728, false), fromDesk, "the desk's size on the laptop's screen");
        assertTrue(fromDesk.x() + fromDesk.width() <= LAPTOP.getMaxX() && fromDesk.y() + fromDesk.height() <= LAPTOP.getMaxY());
    }

    @Test
    void aWindowStraddlingTwoScreensStaysOnTheOneWithMoreOfItsTitleBar() {
        WindowPlacement straddling = new WindowPlacement(1700, 100, 1000, 600, false).onScreens(List.of(DESK, SIDE));
        assertEquals(new WindowPlacement(1920, 100, 1000, 600, false), straddling);
    }
}
