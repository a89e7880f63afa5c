package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.OrderStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactReasonTest {

    @Test
    void aCanceledOrderOffersNoContactReasonAtAll() {
        assertEquals(0, ContactReason.offeredFor(OrderStatus.CANCELED).size());
    }

    @Test
    void returnRelatedReasonsAreNotOfferedBeforeTheOrderShips() {
        for (OrderStatus early : new OrderStatus[] {OrderStatus.PENDING, OrderStatus.UNSHIPPED}) {
            assertFalse(ContactReason.RETURN.isOfferedFor(early), early.name());
            assertFalse(ContactReason.REFUND.isOfferedFor(early), early.name());
        }
        assertTrue(ContactReason.RETURN.isOfferedFor(OrderStatus.DELIVERED));
    }

    @Test
    void onlyTheKindsOfC1AndTheirRouteAreCritical() {
        assertTrue(ContactReason.CUSTOMIZATION.critical());
        assertTrue(ContactReason.DELIVERY_SCHEDULING.critical());
        assertTrue(ContactReason.ADDRESS_PROBLEM.critical());
        assertTrue(ContactReason.ADDITIONAL_INFORMATION_REQUIRED.critical());
        assertFalse(ContactReason.OTHER.critical());
        assertFalse(ContactReason.ORDER_INFORMATION.critical());
    }

    @Test
    void kebabNamesRoundTripForTheCommandLine() {
        for (ContactReason reason : ContactReason.values()) {
            assertEquals(Optional.of(reason), ContactReason.fromKebabName(reason.kebabName()));
        }
        assertEquals(Optional.of(ContactReason.ADDITIONAL_INFORMATION_REQUIRED),
                ContactReason.fromKebabName("additional-information-required"));
        assertEquals(Optional.empty(), ContactReason.fromKebabName("Other"));
    }
}
