package com.relaydesk.model;

/** Where an order stands; decides which contact reasons apply (B7) and whether messaging is allowed (B6). */
public enum OrderStatus {
    PENDING,
    UNSHIPPED,
    SHIPPED,
    DELIVERED,
    CANCELED,
    RETURNED
}
