package com.relaydesk.store;

import java.util.Set;
import java.util.TreeSet;

/**
 * The flags of one message as the cache keeps them: the full set as text, and the few that the
 * inbox views filter on as columns of their own (so the indexes can use them).
 */
record MessageFlags(String text, boolean seen, boolean answered, boolean noResponseNeeded, boolean reported) {

    static final String SEEN = "\\Seen";
    static final String ANSWERED = "\\Answered";
    /** E2: set on the server, so every desktop of the seller sees it. */
    static final String NO_RESPONSE_NEEDED = "$NoResponseNeeded";
    /** E4: reported as suspicious or spam. */
    static final String REPORTED = "$Reported";

    static MessageFlags of(Set<String> flags) {
        TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sorted.addAll(flags);
        return new MessageFlags(String.join(" ", sorted), sorted.contains(SEEN), sorted.contains(ANSWERED),
                sorted.contains(NO_RESPONSE_NEEDED), sorted.contains(REPORTED));
    }

    static Set<String> parse(String text) {
        TreeSet<String> flags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String flag : text.split(" ")) {
            if (!flag.isEmpty()) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
