package com.relaydesk.ui.compose;

import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import java.time.Instant;
import java.util.List;

/** The buyer message the reply-editor tests answer: Anna Berg asks where her lamp is (order 111-0000001-0000001). */
final class AnnasQuestion {

    static final String ORDER = "111-0000001-0000001";

    private AnnasQuestion() {
    }

    static MessageDetail message() {
        MessageSummary summary = new MessageSummary(7, "Anna Berg", ORDER, "Where is my lamp?", "",
                Instant.parse("2026-11-30T08:00:00Z"), true, false, "abcdefghij1234@marketplace.amazon.com", null);
        return new MessageDetail(summary, "Anna Berg", "abcdefghij1234@marketplace.amazon.com",
                "seller@example.org", "abcdefghij1234@marketplace.amazon.com", "Where is my lamp?", null, List.of(),
                null, null);
    }
}
