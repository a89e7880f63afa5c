package com.relaydesk.lint;

/** Whether the seller answers a buyer's message or writes first (C1, B2). */
public enum MessageKind {
    /** A reply on a thread the buyer started. */
    REPLY,
    /** A message the seller starts: only critical messages may be sent so (C1). */
    UNSOLICITED
}
