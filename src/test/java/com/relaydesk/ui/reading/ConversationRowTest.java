package com.relaydesk.ui.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.model.MessageSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationRowTest {

    private static MessageSummary message(long id, String order) {
        return new MessageSummary(id, "Anna Berg", order, "Subject " + id, "", Instant.parse("2026-11-30T09:00:00Z")
                .plusSeconds(id), false, false);
    }

    @Test
    void aHeadingStartsEachOrderAndTheMailWithoutOneAndEveryMessageHasItsOwnRow() {
        List<ConversationRow> rows = ConversationRow.of(List.of(message(1, "111-0000001-0000001"),
                message(2, "111-0000001-0000001"), message(3, "222-0000002-0000002"), message(4, null)));
        assertEquals(List.of("Order 111-0000001-0000001", "1", "2", "Order 222-0000002-0000002", "3", "No order ID", "4"),
                rows.stream().map(r -> r.heading() != null ? r.heading() : String.valueOf(r.message().id())).toList());
    }

    @Test
    void anEmptyConversationHasNoRows() {
        assertEquals(List.of(), ConversationRow.of(List.of()));
    }
}
