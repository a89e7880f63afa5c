package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSizeTest {

    @Test
    void theStepsRunFrom85To175PercentOf13Pixels() {
        assertEquals("[85%, 100%, 115%, 130%, 150%, 175%]", Arrays.toString(TextSize.values()));
        assertEquals(13, TextSize.ACTUAL.px(), 1e-9);
        assertEquals(22.75, TextSize.P175.px(), 1e-9);
        assertEquals(16, TextSize.ACTUAL.iconPx());
        assertEquals(28, TextSize.P175.iconPx());
    }

    @Test
    void largerAndSmallerGoOneStepAndStopAtTheEnds() {
        assertEquals(TextSize.P115, TextSize.ACTUAL.larger());
        assertEquals(TextSize.P85, TextSize.ACTUAL.smaller());
        assertEquals(TextSize.P175, TextSize.P175.larger(), "the largest stays");
        assertEquals(TextSize.P85, TextSize.P85.smaller(), "the smallest stays");
    }

    @Test
    void aSavedSizeIsReadWithOrWithoutItsPercentSignAndANumberBetweenTheStepsTakesTheNearest() {
        assertEquals(Optional.of(TextSize.P115), TextSize.parse("115%"));
        assertEquals(Optional.of(TextSize.P115), TextSize.parse(" 115 "));
        assertEquals(Optional.of(TextSize.P130), TextSize.parse("128"), "a hand-edited file");
        assertEquals(Optional.of(TextSize.P175), TextSize.parse("400%"), "beyond the largest: the largest");
        assertEquals(Optional.of(TextSize.P85), TextSize.parse("10"), "below the smallest: the smallest");
    }

    @Test
    void whatIsNoNumberIsNoSize() {
        for (String damaged : new String[] {null, "", "%", "large", "NaN", "Infinity", "1e999"}) {
            assertEquals(Optional.empty(), TextSize.parse(damaged), String.valueOf(damaged));
        }
    }
}
