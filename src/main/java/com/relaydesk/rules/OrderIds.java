package com.relaydesk.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Order IDs in buyer and seller messages (A4): {@code 123-1234567-1234567}. */
public final class OrderIds {

    /**
     * 3-7-7 digits, not part of a longer run of digits or dashed digit groups, so a phone
     * number, a tracking number or {@code 1-123-1234567-1234567} is not read as an order ID.
     */
    static final Pattern ORDER_ID = Pattern.compile("(?<!\\d)(?<!\\d-)(\\d{3}-\\d{7}-\\d{7})(?!-?\\d)");

    private static final Pattern EXACT = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

    private OrderIds() {
    }

    /** Whether the text is one order ID and nothing else. */
    public static boolean isOrderId(String text) {
        return text != null && EXACT.matcher(text).matches();
    }

    /** Every distinct order ID in the text, in order of first appearance. */
    public static List<String> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ORDER_ID.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    /** Every distinct order ID of a message: the subject's first, then the body's (A4). */
    public static List<String> findAll(String subject, String body) {
        Set<String> found = new LinkedHashSet<>(findAll(subject));
        found.addAll(findAll(body));
        return new ArrayList<>(found);
    }

    /** The order a message is about when it names one: the subject's first ID, else the body's. */
    public static Optional<String> first(String subject, String body) {
        return findAll(subject, body).stream().findFirst();
    }
}
