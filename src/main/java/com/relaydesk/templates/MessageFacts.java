package com.relaydesk.templates;

/**
 * What the buyer's message itself says, for the variables an order not imported yet cannot fill:
 * the order ID the message names (A4) and the buyer's name the relay shows as its sender. A seller
 * who has not imported the orders report still gets "Hola Carmen Torres" and the order ID filled.
 *
 * @param orderId   the order the message is about, or null
 * @param buyerName the name the relay shows for the buyer, or null
 */
public record MessageFacts(String orderId, String buyerName) {

    /** Nothing known from a message (a template previewed without one). */
    public static final MessageFacts NONE = new MessageFacts(null, null);
}
