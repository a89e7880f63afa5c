package com.relaydesk.team;

import java.util.Collection;
import java.util.Locale;

/** Initials from a person's name, as claims and the profile chip show them. */
public final class Initials {

    private Initials() {
    }

    /** "Anna Berg" → "AB", "anna" → "AN", "j.doe" → "JD"; never empty. */
    public static String of(String name) {
        String[] words = name.trim().split("[\\s._-]+");
        String initials = words.length >= 2
                ? "" + words[0].charAt(0) + words[1].charAt(0)
                : words[0].substring(0, Math.min(2, words[0].length()));
        String cleaned = initials.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
        return cleaned.isEmpty() ? "RD" : cleaned;
    }

    /**
     * Initials not yet taken on this desktop: two people with the same initials could not tell
     * their claims apart, so the second "AB" becomes "AB2".
     */
    public static String unique(String name, Collection<String> taken) {
        String base = of(name);
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.substring(0, Math.min(base.length(), 3));
        for (int n = 2; n < 10; n++) {
            if (!taken.contains(stem + n)) {
                return stem + n;
            }
        }
        throw new IllegalArgumentException("Too many profiles with the initials " + base + ". Choose other initials.");
    }
}
