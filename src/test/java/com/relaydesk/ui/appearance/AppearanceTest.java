package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AppearanceTest {

    @Test
    void whatIsWrittenDownIsReadBack() {
        Appearance large = new Appearance(TextSize.P150, true);
        assertEquals("150% dark", large.written());
        assertEquals(large, Appearance.parse(large.written()));
        assertEquals(Appearance.DEFAULT, Appearance.parse("100% light"));
    }

    @Test
    void aMissingSettingIsTheDefaultOne() {
        assertEquals(Appearance.DEFAULT, Appearance.of(null, null));
        assertEquals(new Appearance(TextSize.ACTUAL, true), Appearance.of(null, " Dark "));
        assertEquals(new Appearance(TextSize.P130, false), Appearance.of("130%", null));
    }

    @Test
    void aSettingThatCannotBeReadIsAnErrorNotTheDefault() {
        assertThrows(IllegalArgumentException.class, () -> Appearance.of("huge", "dark"));
        assertThrows(IllegalArgumentException.class, () -> Appearance.of("115%", "sepia"));
        assertThrows(IllegalArgumentException.class, () -> Appearance.parse("115%"));
        assertThrows(IllegalArgumentException.class, () -> Appearance.parse(null));
    }
}
