package com.relaydesk.ui.appearance;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A dialog is laid out and sized before it shows, and keeps that size: after its text size changed
 * (a dialog without an owner gets it only as it shows) it is sized again around its text. Without
 * this, its buttons read "Clo…" at larger text.
 */
final class DialogRefit {

    private DialogRefit() {
    }

    /** Sizes {@code window} again if it is a dialog, centred on {@code centredOn}. */
    static void refit(Window window, Window centredOn) {
        Scene scene = window.getScene();
        if (scene == null || !(scene.getRoot() instanceof DialogPane pane)) {
            return;
        }
        double frameWidth = window.getWidth() - scene.getWidth();
        double frameHeight = window.getHeight() - scene.getHeight();
        double centreX = centredOn.getX() + centredOn.getWidth() / 2;
        double centreY = centredOn.getY() + centredOn.getHeight() / 2;
        pane.applyCss();
        uniformButtons(pane);
        window.sizeToScene();
        if (Double.isFinite(centreX + centreY + frameWidth + frameHeight)) {
            // the scene has its new size at once; the window's follows later, from the window system
            window.setX(centreX - (scene.getWidth() + frameWidth) / 2);
            window.setY(centreY - (scene.getHeight() + frameHeight) / 2);
        }
    }

    /**
     * JavaFX gives a dialog's buttons one width (ButtonBar's uniform size), fixed in pixels for the
     * text as it was: worked out again for the text now.
     */
    private static void uniformButtons(DialogPane pane) {
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            List<Region> uniform = bar.getButtons().stream().filter(ButtonBar::isButtonUniformSize)
                    .filter(Region.class::isInstance).map(Region.class::cast).toList();
            uniform.forEach(button -> button.setPrefWidth(Region.USE_COMPUTED_SIZE));
            double widest = uniform.stream().mapToDouble(button -> button.prefWidth(-1)).max().orElse(0);
            uniform.forEach(button -> button.setPrefWidth(Math.max(widest, bar.getButtonMinWidth())));
        }
    }
}
