package com.relaydesk.relay;

import java.util.List;
import java.util.Objects;

/**
 * The seller whose mailbox the relay holds.
 *
 * @param address         the registered messaging address; also the IMAP/SMTP login
 * @param otherAuthorized further addresses allowed to send to buyers (B1)
 */
public record Seller(String id, String name, String address, String password, List<String> otherAuthorized) {

    public Seller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
        otherAuthorized = otherAuthorized == null ? List.of() : List.copyOf(otherAuthorized);
    }
}
