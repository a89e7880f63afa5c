package com.relaydesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.ScrollPane;

import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a tall dialog's buttons on the screen: on a 1024×600 netbook the account form ran past the
 * bottom edge with its Save and Cancel. The content scrolls instead, within the screen's height.
 */
public final class DialogHeight {

    /** The title bar, the button bar and the pane's padding: what the content leaves of the screen at 100 %. */
    static final double AROUND_CONTENT = 170;
    /**
     * Larger text takes a taller button bar: {@link #AROUND_CONTENT} grows with the buttons' text
     * past the theme's 14 px (RelayDesk's 100 % is 13 px, which the 170 px leave room for).
     */
    private static final double AT_FONT_SIZE = 14;

    private DialogHeight() {
    }

    /** Sets {@code content} as the dialog's content, scrolling when the screen is shorter than it. */
    public static void scrollWithin(Dialog<?> dialog, javafx.scene.Parent content) {
        scrollWithin(dialog, content, () -> screenOf(dialog.getOwner()).getVisualBounds().getHeight());
    }

    /** As {@link #scrollWithin(Dialog, javafx.scene.Parent)} on a screen of the height given (tests). */
    static void scrollWithin(Dialog<?> dialog, javafx.scene.Parent content, java.util.function.DoubleSupplier screenHeight) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, event -> {
            dialog.getDialogPane().applyCss();
            double width = content.prefWidth(-1);
            scroll.setPrefViewportWidth(width);
            scroll.setPrefViewportHeight(Math.min(content.prefHeight(width), screenHeight.getAsDouble() - around(dialog)));
        });
        // a form that grows (a connection test's steps) grows the dialog, up to the screen, then scrolls;
        // one that shrinks (another provider, without the sign-in row) shrinks it, not leaving white
        // space under the form (after the layout pass that changed it: a window resized from inside a
        // layout pass kept its old layout - the form in a 22-pixel strip with the buttons under it)
        content.layoutBoundsProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            double wanted = Math.min(content.getLayoutBounds().getHeight(), screenHeight.getAsDouble() - around(dialog));
            if (dialog.isShowing() && Math.abs(wanted - scroll.getPrefViewportHeight()) > 0.5) {
                scroll.setPrefViewportHeight(wanted);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
    }

    /** {@link #AROUND_CONTENT} at the text size of the dialog's buttons. */
    private static double around(Dialog<?> dialog) {
        double fontSize = dialog.getDialogPane().getButtonTypes().stream()
                .map(dialog.getDialogPane()::lookupButton)
                .filter(javafx.scene.control.Labeled.class::isInstance)
                .mapToDouble(button -> ((javafx.scene.control.Labeled) button).getFont().getSize())
                .max().orElse(AT_FONT_SIZE);
        return AROUND_CONTENT * Math.max(1, fontSize / AT_FONT_SIZE);
    }

    /** Scrolls the dialog's content so that {@code node} is in sight (a box that just appeared). */
    public static void reveal(javafx.scene.Node node) {
        for (javafx.scene.Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getStyleClass().contains("dialog-scroll")) {
                javafx.application.Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();  // the box just appeared: lay it out before measuring where it is
                    double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    if (contentHeight > viewport) {
                        double top = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                        scroll.setVvalue(Math.min(1, Math.max(0, top / (contentHeight - viewport))));
                    }
                });
                return;
            }
        }
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        Rectangle2D bounds = new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return Screen.getScreensForRectangle(bounds).stream().findFirst().orElse(Screen.getPrimary());
    }
}
