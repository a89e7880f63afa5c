package com.relaydesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes and combo boxes that only show their values: the text for each, never parsed back. */
public final class ShownAs {

    private ShownAs() {
    }

    /** @param text the label of a value; it is also asked for {@code null} (no choice yet) */
    public static <T> StringConverter<T> text(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
