package com.relaydesk.ui.common;

import javafx.scene.control.DialogPane;

/**
 * The theme (AtlantaFX Primer) caps every dialog pane at 600 px wide, right for a sentence of
 * confirmation. A dialog laid out wider — the response-time chart over eight days, the account
 * form with its servers and ports — was squeezed into 600 px, its chart bars and fields narrowed
 * and its lists scrolling sideways; it gets the width its layout asks for instead.
 */
public final class DialogWidth {

    private DialogWidth() {
    }

    /** Lifts the theme's cap: an inline style, as the theme re-applies its own over a value set in code. */
    public static void asLaidOut(DialogPane pane) {
        pane.setStyle("-fx-max-width: 100000;");
    }
}
