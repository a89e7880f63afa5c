package com.relaydesk.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buyer aliases of the relay (A1, A2): recognising one on any marketplace relay domain, and
 * generating the stable alias of one buyer with one seller.
 */
public final class Aliases {

    /** The relay domains of the marketplaces (A2); the first is the default for generating. */
    public static final List<String> RELAY_DOMAINS = List.of(
            "marketplace.amazon.com", "marketplace.amazon.co.uk", "marketplace.amazon.de",
            "marketplace.amazon.fr", "marketplace.amazon.es", "marketplace.amazon.it",
            "marketplace.amazon.ca", "marketplace.amazon.com.mx", "marketplace.amazon.com.br",
            "marketplace.amazon.co.jp", "marketplace.amazon.in", "marketplace.amazon.com.au",
            "marketplace.amazon.nl", "marketplace.amazon.se", "marketplace.amazon.pl",
            "marketplace.amazon.com.be", "marketplace.amazon.com.tr", "marketplace.amazon.ae",
            "marketplace.amazon.sa", "marketplace.amazon.sg", "marketplace.amazon.eg");

    public static final String DEFAULT_DOMAIN = RELAY_DOMAINS.get(0);

    /** A2: the FAQ's 35 characters in all, domain included. */
    public static final int GENERATED_LENGTH = 35;
    static final int MIN_LOCAL = 8;
    static final int MAX_LOCAL = 32;

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9]{" + MIN_LOCAL + "," + MAX_LOCAL + "}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Aliases() {
    }

    /**
     * A2 reading: true for {@code local@domain} whose domain is a relay domain (any letter case,
     * optionally inside {@code Name <...>}) and whose local part is 8–32 characters of [a-z0-9].
     */
    public static boolean isAlias(String address) {
        return normalize(address).isPresent();
    }

    /** The domain of an address as written ("marketplace.amazon.co.uk" of an alias), or null when it has none. */
    public static String domainOf(String address) {
        int at = address == null ? -1 : address.indexOf('@');
        return at < 0 ? null : address.substring(at + 1);
    }

    /** The alias in canonical form (lower case, no display name), or empty when it is none (A2). */
    public static Optional<String> normalize(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String bare = bareAddress(address).toLowerCase(Locale.ROOT);
        int at = bare.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String local = bare.substring(0, at);
        String domain = bare.substring(at + 1);
        if (!RELAY_DOMAINS.contains(domain) || !LOCAL_PART.matcher(local).matches()) {
            return Optional.empty();
        }
        return Optional.of(bare);
    }

    /** {@code "Jane <a@b>"} → {@code a@b}; a plain address is trimmed. */
    static String bareAddress(String address) {
        String s = address.trim();
        int open = s.lastIndexOf('<');
        int close = s.lastIndexOf('>');
        if (open >= 0 && close > open) {
            s = s.substring(open + 1, close).trim();
        }
        return s;
    }

    /** A1 + A2 generating: the alias of this buyer with this seller on the default domain. */
    public static String generate(String buyerId, String sellerId) {
        return generate(buyerId, sellerId, DEFAULT_DOMAIN);
    }

    /**
     * A1: the same buyer×seller pair always gets the same alias, another seller a different one.
     * A2: the local part has the length that makes 35 characters with the domain (12 for
     * {@code marketplace.amazon.com}), kept within 8–32 so that the reading rule accepts it.
     */
    public static String generate(String buyerId, String sellerId, String domain) {
        if (!RELAY_DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("not a relay domain: " + domain);
        }
        int length = Math.max(MIN_LOCAL, Math.min(MAX_LOCAL, GENERATED_LENGTH - 1 - domain.length()));
        byte[] hash = sha256(buyerId + "\u0000" + sellerId);
        StringBuilder local = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            local.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
        }
        return local + "@" + domain;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
