package com.relaydesk.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims on a shared mailbox (issue 7): opening a reply puts {@code $RDClaim_<initials>_<UTC minute>}
 * on the buyer message, so every desktop sees who is answering; sending or closing the editor
 * takes it off, and a claim older than {@link #TIMEOUT} counts for nothing (a crashed desktop
 * never locks a buyer out). The keyword is the only state: any desktop rebuilds it from the server.
 */
final class Claims {

    static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final String PREFIX = "$RDClaim_";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Pattern KEYWORD = Pattern.compile("\\$RDClaim_([A-Z0-9]{1,4})_(\\d{12})");

    /** Who holds a claim and since when. */
    record Claim(String initials, Instant since) { }

    private Claims() {
    }

    static String keyword(String initials, Instant at) {
        return PREFIX + initials + "_" + MINUTE.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** The newest live claim among a message's flags by someone other than {@code mine}. */
    static Optional<Claim> heldByOthers(Collection<String> flags, String mine, Instant now) {
        Claim newest = null;
        for (String flag : flags) {
            Matcher m = KEYWORD.matcher(flag);
            if (!m.matches() || m.group(1).equals(mine)) {
                continue;
            }
            Instant since = LocalDateTime.parse(m.group(2), MINUTE).toInstant(ZoneOffset.UTC);
            if (Duration.between(since, now).compareTo(TIMEOUT) <= 0 && (newest == null || since.isAfter(newest.since()))) {
                newest = new Claim(m.group(1), since);
            }
        }
        return Optional.ofNullable(newest);
    }

    /** This desktop's own claim keywords among the flags (to take off). */
    static java.util.Set<String> mine(Collection<String> flags, String mine) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (String flag : flags) {
            Matcher m = KEYWORD.matcher(flag);
            if (m.matches() && m.group(1).equals(mine)) {
                own.add(flag);
            }
        }
        return own;
    }

    /** Initials for claims from a person's name: "Anna Berg" → "AB", "anna" → "AN". */
    static String initialsOf(String name) {
        return com.relaydesk.team.Initials.of(name);
    }
}
