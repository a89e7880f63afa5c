package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    static final String ALIAS = "kx4j9v2mq1zp@marketplace.amazon.com";

    @Test
    void a3TheSameBuyerUnderAnyDisplayNameOrLetterCaseIsOneConversation() {
        assertEquals(Conversations.of("Jane <KX4J9V2MQ1ZP@marketplace.amazon.com>", "Lamp (Order: 111-0000001-0000001)", ""),
                Conversations.of(ALIAS, "Re: Lamp (Order: 111-0000001-0000001)", ""));
    }

    @Test
    void a3OneAliasCarriesSeveralOrdersWhichSplitTheConversation() {
        Conversations.Key first = Conversations.of(ALIAS, "Order 111-0000001-0000001", "").orElseThrow();
        Conversations.Key second = Conversations.of(ALIAS, "Order 111-0000001-0000002", "").orElseThrow();
        assertEquals(first.alias(), second.alias());
        assertNotEquals(first, second);
    }

    @Test
    void a3AMessageWithoutOrderIdStillBelongsToTheBuyer() {
        assertEquals(Optional.of(new Conversations.Key(ALIAS, null)), Conversations.of(ALIAS, "Hello", "No order here"));
        assertEquals(Optional.empty(), Conversations.of("jane@gmail.example", "Hello", ""));
    }
}
