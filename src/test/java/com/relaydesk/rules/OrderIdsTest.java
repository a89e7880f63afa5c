package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderIdsTest {

    @Test
    void a4FindsTheOrderIdInTheUsualSubject() {
        assertEquals(List.of("113-4455667-8899001"), OrderIds.findAll("Where is my parcel? (Order: 113-4455667-8899001)"));
    }

    @Test
    void a4FindsEveryDistinctOrderIdInSubjectThenBody() {
        assertEquals(List.of("113-4455667-8899001", "302-1234567-7654321"),
                OrderIds.findAll("Order 113-4455667-8899001", "Also 302-1234567-7654321 and again 113-4455667-8899001."));
        assertEquals(Optional.of("302-1234567-7654321"), OrderIds.first("no id here", "it is 302-1234567-7654321."));
        assertEquals(Optional.empty(), OrderIds.first("Question about the lamp", "Does it fit E27?"));
    }

    @Test
    void a4IgnoresDigitsThatOnlyLookLikeAnOrderIdInsideALongerRun() {
        assertEquals(List.of(), OrderIds.findAll("tracking 1113-4455667-8899001"));
        assertEquals(List.of(), OrderIds.findAll("ref 113-4455667-88990012"));
        assertEquals(List.of(), OrderIds.findAll("serial 1-113-4455667-8899001"));
        assertEquals(List.of(), OrderIds.findAll("serial 113-4455667-8899001-2"));
        assertEquals(List.of(), OrderIds.findAll("call +49 113-445566-889900"));
        assertEquals(List.of("113-4455667-8899001"), OrderIds.findAll("Ref-113-4455667-8899001."));
    }

    @Test
    void a4RecognisesAnExactOrderId() {
        assertTrue(OrderIds.isOrderId("113-4455667-8899001"));
        assertFalse(OrderIds.isOrderId(" 113-4455667-8899001"));
    }
}
