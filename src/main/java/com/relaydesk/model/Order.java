package com.relaydesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An order as the seller's order report knows it. Optional values are null when the report
 * (or the demo world) does not carry them.
 *
 * @param orderId        {@code 123-1234567-1234567} (A4)
 * @param buyerAlias     the buyer's relay alias (A1), null when unknown
 * @param handmadeOrCustom Handmade or Custom orders are always delivered despite an opt-out (B2)
 */
public record Order(
        String orderId,
        Instant purchaseDate,
        OrderStatus status,
        FulfillmentChannel channel,
        boolean handmadeOrCustom,
        String buyerName,
        String buyerAlias,
        List<OrderItem> items,
        String shipCity,
        String shipPostalCode,
        String shipCountry,
        String carrier,
        String trackingNumber,
        LocalDate deliveryDate) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
