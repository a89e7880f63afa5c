package com.relaydesk.ui.appearance;

import java.util.Locale;
import java.util.Objects;

/**
 * How RelayDesk looks to the person working: the text size and the light or dark theme. Written
 * down as {@code "115% dark"}, the form kept for each profile and read back at the next start.
 */
public record Appearance(TextSize textSize, boolean dark) {

    public static final Appearance DEFAULT = new Appearance(TextSize.ACTUAL, false);

    public Appearance {
        Objects.requireNonNull(textSize, "textSize");
    }

    public Appearance withTextSize(TextSize size) {
        return new Appearance(size, dark);
    }

    public Appearance withDark(boolean isDark) {
        return new Appearance(textSize, isDark);
    }

    /** "light" or "dark". */
    public String theme() {
        return dark ? "dark" : "light";
    }

    /** {@code "115% dark"}: read back by {@link #parse}. */
    public String written() {
        return textSize + " " + theme();
    }

    /** Reads {@link #written()}. */
    public static Appearance parse(String written) {
        String[] parts = Objects.requireNonNullElse(written, "").strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a text size and a theme: \"" + written + "\"");
        }
        return of(parts[0], parts[1]);
    }

    /**
     * From its two settings, either of which may be missing (null: the default); one that cannot be
     * read throws, so a damaged setting is reported rather than taken for the default.
     */
    public static Appearance of(String textSize, String theme) {
        TextSize size = textSize == null ? TextSize.ACTUAL : TextSize.parse(textSize)
                .orElseThrow(() -> new IllegalArgumentException("the text size \"" + textSize + "\" is no number"));
        boolean dark = theme != null && switch (theme.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> true;
            case "light" -> false;
            default -> throw new IllegalArgumentException("the theme \"" + theme + "\" is neither light nor dark");
        };
        return new Appearance(size, dark);
    }
}
