package com.relaydesk.rules;

/** What the relay knows about buyers and today's traffic, as the send rules need it. */
public interface RelayFacts {

    /** Whether the alias belongs to a buyer the relay knows (A1); unknown aliases are not delivered (B8). */
    boolean knowsBuyer(String alias);

    /** Whether the buyer closed the account or blocked contact: delivery fails (B8). */
    boolean unreachable(String alias);

    /** Whether the buyer opted out of unsolicited seller messages (B2). */
    boolean optedOut(String alias);

    /** Whether the message with this Message-ID is one the buyer sent to the seller (B2 exception 1). */
    boolean buyerWrote(String alias, String messageId);

    /** How many messages the seller already sent today, the seller's marketplace day (B5). */
    int sentToday();
}
