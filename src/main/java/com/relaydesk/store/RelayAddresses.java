package com.relaydesk.store;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the buyer's relay alias among a message's recipients (A1/A2), for the seller's own
 * messages whose sender is not an alias. A local stand-in until {@code rules.Aliases} is on main.
 */
final class RelayAddresses {

    private static final Pattern ALIAS =
            Pattern.compile("[a-z0-9]{8,32}@marketplace\\.amazon\\.[a-z]{2,3}(\\.[a-z]{2})?");
    private static final Pattern ANGLE = Pattern.compile("<([^>]+)>");

    private RelayAddresses() {
    }

    static String bareAddress(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = ANGLE.matcher(address);
        String bare = m.find() ? m.group(1) : address;
        return bare.trim().toLowerCase(Locale.ROOT);
    }

    static boolean isAlias(String address) {
        String bare = bareAddress(address);
        return bare != null && ALIAS.matcher(bare).matches();
    }

    /** The first recipient that is a relay alias, or null. */
    static String firstAlias(List<String> recipients) {
        for (String r : recipients) {
            if (isAlias(r)) {
                return bareAddress(r);
            }
        }
        return null;
    }
}
