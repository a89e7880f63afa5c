package com.relaydesk.ui.appearance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The text sizes a seller can pick, in steps from the base size that the stylesheets' sizes are
 * relative to. Steps rather than any number: each one is a size the layouts were looked at in.
 */
public enum TextSize {
    P85(85), P100(100), P115(115), P130(130), P150(150), P175(175);

    /** The root font size of every window at 100 %, in pixels (the stylesheets size text in em of it). */
    public static final double BASE_PX = 13;
    public static final TextSize ACTUAL = P100;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The root font size in pixels. */
    public double px() {
        return scaled(BASE_PX);
    }

    /** The size of the icons beside the text, in pixels: 16 at 100 %. */
    public int iconPx() {
        return (int) Math.round(scaled(16));
    }

    /** {@code px} at 100 %, at this size. */
    public double scaled(double px) {
        return px * percent / 100;
    }

    /** One step up; the largest stays. */
    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** One step down; the smallest stays. */
    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** "115%": how it is written down. */
    @Override
    public String toString() {
        return percent + "%";
    }

    /**
     * A size as written down ("115%", "115"); a number between or beyond the steps (a hand-edited
     * file, a step a newer RelayDesk added) takes the nearest step. Empty when it is no number.
     */
    public static Optional<TextSize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String number = text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        double wanted;
        try {
            wanted = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!Double.isFinite(wanted)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).min(Comparator.comparingDouble(size -> Math.abs(size.percent - wanted)));
    }
}
