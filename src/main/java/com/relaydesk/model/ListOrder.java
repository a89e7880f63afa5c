package com.relaydesk.model;

/**
 * The order of a message list. Newest first is the mail-client habit; waiting longest first puts
 * the buyer message closest to its 24-hour deadline (E3) on top, which is how a seller triages
 * Response Needed on a busy day.
 */
public enum ListOrder {
    NEWEST_FIRST("Newest first"),
    OLDEST_FIRST("Waiting longest first");

    private final String label;

    ListOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
