package com.relaydesk.model;

import java.util.Objects;

/** One line of an order. */
public record OrderItem(String sku, String asin, String title, int quantity) {

    public OrderItem {
        Objects.requireNonNull(title, "title");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }
}
