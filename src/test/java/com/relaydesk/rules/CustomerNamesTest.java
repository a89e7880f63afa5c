package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerNamesTest {

    @Test
    void theMarketplaceSubjectNamesTheCustomerAlsoInAReply() {
        assertEquals(Optional.of("Yuki"), CustomerNames.inSubject("Re: Inquiry from Amazon customer Yuki (Order: 112-1405901-6052054)"));
        assertEquals(Optional.of("Isla"), CustomerNames.inSubject("Order status inquiry from Amazon customer Isla (Order: 1-2-3)"));
        assertEquals(Optional.of("Björn"), CustomerNames.inSubject("RE: Return request from Amazon customer Björn"));
        assertEquals(Optional.of("Mary-Jane O'Neil"), CustomerNames.inSubject("Inquiry from Amazon customer Mary-Jane O'Neil (Order: x)"));
    }

    @Test
    void otherSubjectsNameNobody() {
        assertEquals(Optional.empty(), CustomerNames.inSubject("Re: Where is my order? (Order: 112-1405901-6052054)"));
        assertEquals(Optional.empty(), CustomerNames.inSubject("Inquiry from Amazon customer (Order: 112-1405901-6052054)"));
        assertEquals(Optional.empty(), CustomerNames.inSubject(null));
    }
}
