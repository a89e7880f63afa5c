package com.relaydesk.ui.shell;

import com.relaydesk.ui.appearance.TextSize;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * How the main window's three panes (views, message list, message) share its width at each text
 * size. Each has a least width that follows the text, in em of the root font and never under its
 * pixels at 100 %: in a 1280-pixel window at 175 % the list had stayed at 320 px, its heading read
 * "Response Nee…" and its subjects a word each.
 *
 * <p>As the text size changes, the views and the list keep their widths in em (wider text, wider
 * pane; back at the actual size, the widths they had) — the views up to a quarter of the window, the
 * list up to half the room beside the views (a little under half at 100 %), past which the
 * message needs the room more (three fifths left it 372 px at 150 % in 1280: its buttons on three
 * rows) — and the message takes the rest, never under its least width. Their
 * widths in em are taken from the window as laid out at 100 % and from a divider the seller drags;
 * not from a layout at a larger size, where a pane held at its least width would be taken for a
 * choice (a desktop left at 175 % by one person gave the next, at 100 %, a list of 320 px).
 */
final class PaneWidths {

    /** A pane's least width: {@code em} of the root font, and never under {@code px} (its width at 100 %). */
    record Least(double px, double em) {
        double at(TextSize size) {
            return Math.max(px, em * size.px());
        }
    }

    /** The views: "No Response Needed", and "Response Needed" with a four-digit count, whole. */
    static final Least VIEWS = new Least(240, 17.5);
    /** The list: its heading whole, and beside it the list order ("Newest first"). */
    static final Least LIST = new Least(320, 21);
    /** The message: its widest button ("No Response Needed  (n)") and a few words a line. */
    static final Least MESSAGE = new Least(320, 16.5);
    /** At 175 % the three least widths and the dividers fit a 1280-pixel window: 398 + 478 + 375 + 8. */
    private static final Least[] LEAST = {VIEWS, LIST, MESSAGE};
    /** How much of the room the views, and then the list of what is left, grow to with the text. */
    private static final double[] SHARE = {0.25, 0.5};

    private final SplitPane panes;
    private TextSize size;
    /** The views' and the list's widths in em; until the window is laid out at 100 %, their first shares of it at 100 %. */
    private final double[] em = {Double.NaN, Double.NaN};
    private final double[] firstShare;
    /** The seller dragged the pane to its width since the text size last placed it: as the text grows it keeps it. */
    private final boolean[] byHand = new boolean[2];
    /** The widths the last text size asked of them: reaching them is nobody's choice. */
    private final double[] asked = {Double.NaN, Double.NaN};
    /** The dividers are being placed: the widths on the way there are nobody's choice either. */
    private boolean placing;
    /** A divider is being dragged. */
    private boolean dragging;

    private PaneWidths(SplitPane panes, TextSize size) {
        this.panes = panes;
        this.size = size;
        double[] dividers = panes.getDividerPositions(); // as the FXML lays them out
        this.firstShare = new double[] {dividers[0], dividers[1] - dividers[0]};
    }

    /** Sizes {@code panes} (views, list, message) at {@code textSize} from now on. */
    static void follow(SplitPane panes, ObservableValue<TextSize> textSize) {
        PaneWidths widths = new PaneWidths(panes, textSize.getValue());
        for (int i = 0; i < LEAST.length; i++) {
            Least least = LEAST[i];
            pane(panes, i).minWidthProperty().bind(textSize.map(least::at));
        }
        for (int i = 0; i < widths.em.length; i++) {
            int which = i;
            pane(panes, i).widthProperty().addListener((obs, old, width) -> widths.laidOut(which, width.doubleValue()));
        }
        panes.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> widths.dragging = onDivider(press));
        panes.addEventFilter(MouseEvent.MOUSE_RELEASED, release -> widths.dragging = false);
        textSize.addListener((obs, old, now) -> widths.resize(now));
    }

    private void laidOut(int pane, double width) {
        if (placing || Math.abs(width - asked[pane]) <= 2) {
            return; // on the way to, or at, the width a text size asked
        }
        asked[pane] = Double.NaN;
        if (dragging || size == TextSize.ACTUAL) { // a drag, or the window laid out or resized at 100 %
            em[pane] = width / size.px();
            byHand[pane] = dragging;
        }
    }

    private void resize(TextSize now) {
        size = now;
        Region views = pane(panes, 0);
        Region list = pane(panes, 1);
        Region message = pane(panes, 2);
        Insets insets = panes.getInsets();
        double inside = panes.getWidth() - insets.getLeft() - insets.getRight();
        double room = views.getWidth() + list.getWidth() + message.getWidth();
        if (room <= 0) {
            return; // not laid out yet: the first layout sets the widths from the least ones
        }
        for (int i = 0; i < em.length; i++) {
            if (Double.isNaN(em[i])) { // opened at another size: not its least width, names cut, back at 100 %
                em[i] = firstShare[i] * room / TextSize.ACTUAL.px();
            }
        }
        double divider = Math.max(0, (inside - room) / 2);
        double viewsWidth = Math.max(VIEWS.at(now), Math.min(grown(0, views.getWidth(), room),
                room - LIST.at(now) - MESSAGE.at(now)));
        double listRoom = room - viewsWidth;
        double listWidth = Math.max(LIST.at(now), Math.min(grown(1, list.getWidth(), listRoom),
                listRoom - MESSAGE.at(now)));
        asked[0] = viewsWidth;
        asked[1] = listWidth;
        // a divider's position is where its middle is, as a share of the width inside the split
        double[] positions = {(viewsWidth + divider / 2) / inside, (viewsWidth + divider + listWidth + divider / 2) / inside};
        // the split places each divider within the room its neighbours leave where they are now: the
        // views' divider, moved right first, stopped at the list's old place. Placed, laid out, placed again.
        placing = true;
        try {
            panes.setDividerPositions(positions);
            panes.layout();
            panes.setDividerPositions(positions);
        } finally {
            placing = false;
        }
    }

    /** The pane's width in em at the new size, up to its share of {@code room} unless the seller dragged it wider. */
    private double grown(int pane, double width, double room) {
        double dragged = byHand[pane] ? width : 0;
        byHand[pane] = false;
        return Math.min(em[pane] * size.px(), Math.max(room * SHARE[pane], dragged));
    }

    private static boolean onDivider(MouseEvent press) {
        for (Node node = press.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private static Region pane(SplitPane panes, int index) {
        return (Region) panes.getItems().get(index);
    }
}
