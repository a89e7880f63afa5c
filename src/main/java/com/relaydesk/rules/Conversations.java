package com.relaydesk.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A3: the alias is the buyer's identifier across all orders and threads; there is no per-thread
 * address. Conversations group by alias, then by order (A4: the order the message names).
 */
public final class Conversations {

    /**
     * Where a message belongs.
     *
     * @param alias   the buyer's alias in canonical form (A2)
     * @param orderId the order the message names, or null when it names none (A4: the app may
     *                then file it under the buyer's latest order)
     */
    public record Key(String alias, String orderId) {
        public Key {
            Objects.requireNonNull(alias, "alias");
        }
    }

    private Conversations() {
    }

    /**
     * The conversation of a message exchanged with {@code counterpart} (the buyer's address: From
     * of a buyer message, To of a seller message); empty when the counterpart is no alias.
     */
    public static Optional<Key> of(String counterpart, String subject, String body) {
        return Aliases.normalize(counterpart).map(alias -> new Key(alias, OrderIds.first(subject, body).orElse(null)));
    }
}
