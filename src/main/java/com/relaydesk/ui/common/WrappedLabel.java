package com.relaydesk.ui.common;

import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A text that wraps and is never cut short in height: explanations, findings, help lines. */
public final class WrappedLabel {

    private WrappedLabel() {
    }

    /** Wraps at whatever width its container gives it (or its own maximum width). */
    public static Label of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Wraps at {@code width}. */
    public static Label of(String text, DoubleExpression width) {
        Label label = of(text);
        label.prefWidthProperty().bind(width);
        return label;
    }
}
