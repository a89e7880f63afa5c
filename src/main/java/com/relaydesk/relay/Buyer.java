package com.relaydesk.relay;

import java.util.Objects;

/**
 * A simulated buyer of the relay's world.
 *
 * @param alias       the anonymized address of this buyer with this seller (A1, A2)
 * @param language    ISO 639-1 code of the language the buyer writes in
 * @param optedOut    opted out of unsolicited seller messages (B2)
 * @param unreachable closed the account or blocked contact: nothing is delivered (B8)
 */
public record Buyer(String id, String name, String alias, String language, boolean optedOut, boolean unreachable) {

    public Buyer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
        language = language == null ? "en" : language;
    }
}
