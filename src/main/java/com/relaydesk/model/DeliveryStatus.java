package com.relaydesk.model;

/** What the relay did with a reply the seller sent (relay rule B8). */
public enum DeliveryStatus {
    /** Submitted; no notice has come back (the relay sends none on success). */
    DELIVERED("Delivered"),
    /** The buyer opted out and the relay bounced it (B2). */
    BOUNCED("Bounced"),
    /** The relay refused it: unauthorized sender, daily limit or attachment (B1, B5, D1–D3). */
    REJECTED("Rejected"),
    /** Still in the outbox. */
    QUEUED("Waiting in outbox");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
