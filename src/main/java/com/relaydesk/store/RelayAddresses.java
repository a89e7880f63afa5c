package com.relaydesk.store;

import com.relaydesk.rules.Aliases;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Addresses as the cache keys them: bare, lower case; relay aliases recognised by A2 ({@link Aliases}). */
final class RelayAddresses {

    private RelayAddresses() {
    }

    /** {@code "Jane <a@b>"} → {@code a@b}, lower case; null stays null. */
    static String bareAddress(String address) {
        if (address == null) {
            return null;
        }
        Optional<String> alias = Aliases.normalize(address);
        if (alias.isPresent()) {
            return alias.get();
        }
        String s = address.trim();
        int open = s.lastIndexOf('<');
        int close = s.lastIndexOf('>');
        if (open >= 0 && close > open) {
            s = s.substring(open + 1, close).trim();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** The first recipient that is a relay alias (the buyer a seller's message went to), or null. */
    static String firstAlias(List<String> recipients) {
        for (String r : recipients) {
            Optional<String> alias = Aliases.normalize(r);
            if (alias.isPresent()) {
                return alias.get();
            }
        }
        return null;
    }
}
