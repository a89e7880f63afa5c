package com.relaydesk.ui.shell;

import com.relaydesk.model.MessageSummary;
import java.util.List;
import java.util.Objects;

/**
 * What the desktop notification says when buyer messages arrive while the seller is in another
 * window: who wrote and about what, so they can judge whether to switch now.
 *
 * @param first the message a click on the notification opens: the newest
 */
public record ArrivalNotice(String title, String text, MessageSummary first) {

    private static final int NAMES = 3;

    public ArrivalNotice {
        Objects.requireNonNull(first, "first");
    }

    /** @param arrived newest first, at least one */
    static ArrivalNotice of(List<MessageSummary> arrived) {
        MessageSummary newest = arrived.get(0);
        if (arrived.size() == 1) {
            return new ArrivalNotice("New message from " + name(newest), newest.subject(), newest);
        }
        List<String> names = arrived.stream().map(ArrivalNotice::name).distinct().toList();
        String who = names.size() <= NAMES ? joined(names)
                : String.join(", ", names.subList(0, NAMES - 1)) + " and " + (names.size() - NAMES + 1) + " more";
        return new ArrivalNotice(arrived.size() + " new buyer messages", "From " + who, newest);
    }

    private static String name(MessageSummary message) {
        return message.buyerName() == null || message.buyerName().isBlank() ? "a buyer" : message.buyerName();
    }

    private static String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
