package com.relaydesk.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seller's relay settings that the send rules apply.
 *
 * @param authorizedSenders the registered messaging address and any other authorized one (B1)
 * @param dailyLimit        messages allowed per marketplace day (B5, see {@link DailyLimit})
 * @param bounceBacks       whether opt-out bounce-backs are on (B3); off, blocked messages vanish
 */
public record SellerAccount(Set<String> authorizedSenders, int dailyLimit, boolean bounceBacks) {

    public SellerAccount {
        Objects.requireNonNull(authorizedSenders, "authorizedSenders");
        authorizedSenders = authorizedSenders.stream().map(SellerAccount::canonical).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAuthorized(String sender) {
        return sender != null && authorizedSenders.contains(canonical(sender));
    }

    static String canonical(String address) {
        return Aliases.bareAddress(address).toLowerCase(Locale.ROOT);
    }
}
