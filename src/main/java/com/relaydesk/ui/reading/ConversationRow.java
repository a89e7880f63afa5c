package com.relaydesk.ui.reading;

import com.relaydesk.model.MessageSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the conversation list: an order heading or a message. Headings are rows of their
 * own so every row has the same height (cells of two heights left gaps when the list reused them).
 *
 * @param heading the order heading, or null for a message row
 * @param message the message, or null for a heading row
 */
public record ConversationRow(String heading, MessageSummary message) {

    /** The grouped conversation as rows: a heading wherever a new order (or the no-order mail) starts. */
    static List<ConversationRow> of(List<MessageSummary> grouped) {
        List<ConversationRow> rows = new ArrayList<>();
        MessageSummary previous = null;
        for (MessageSummary message : grouped) {
            if (previous == null || !Objects.equals(previous.orderId(), message.orderId())) {
                rows.add(new ConversationRow(message.orderId() == null ? "No order ID" : "Order " + message.orderId(), null));
            }
            rows.add(new ConversationRow(null, message));
            previous = message;
        }
        return rows;
    }
}
