package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The pieces of the text size laid on windows that need no window. */
class WindowAppearanceTest {

    @Test
    void aDialogsOwnInlineStyleKeepsWhatElseItSetsAndGetsOneFontSize() {
        assertEquals("-fx-font-size: 13.00px;", WindowAppearance.withFontSize(null, 13));
        assertEquals("-fx-max-width: 100000; -fx-font-size: 14.95px;",
                WindowAppearance.withFontSize("-fx-max-width: 100000;", 14.95));
        assertEquals("-fx-max-width: 100000; -fx-font-size: 22.75px;",
                WindowAppearance.withFontSize("-fx-max-width: 100000; -fx-font-size: 14.95px;", 22.75));
        assertEquals("-fx-max-width: 1; -fx-font-size: 13.00px;", WindowAppearance.withFontSize("-fx-max-width: 1", 13));
    }

    @Test
    void theSizesStylesheetSetsTheRootFontTheIconsAndWhatTheThemeSizesInPixels() {
        String sheet = WindowAppearance.sheet(TextSize.P150);
        assertTrue(sheet.startsWith("data:text/css;base64,"), sheet);
        String css = new String(Base64.getDecoder().decode(sheet.substring(sheet.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(css.contains(".root, .tooltip, .text-input .context-menu { -fx-font-size: 19.50px; }"), css);
        assertTrue(css.contains(".app-icon { -fx-icon-size: 24px; }"), css);
        assertTrue(css.contains(".dialog-pane { -fx-max-width: 900px; }"), "the theme's 600 px at 150 %: " + css);
    }
}
