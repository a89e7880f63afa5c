package com.relaydesk.mail;

import java.time.Instant;
import java.util.Set;

/**
 * One message's flags as the server has them now, its MODSEQ (RFC 7162; 0 when the server has no
 * CONDSTORE) and when the server received it (INTERNALDATE).
 */
public record FlagState(Set<String> flags, long modSeq, Instant received) {
    public FlagState {
        flags = Set.copyOf(flags);
    }
}
