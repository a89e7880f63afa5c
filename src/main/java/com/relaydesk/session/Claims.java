package com.relaydesk.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims on a shared mailbox (issue 7): opening a reply puts {@code $RDClaim_<initials>} on the
 * buyer message, so every desktop sees who is answering; sending or closing the editor takes it
 * off. The name is fixed per person: servers keep every keyword name a mailbox ever carried and
 * list them all on each folder open, so a name per claim would grow that list without end.
 *
 * <p>So the keyword carries no time. Each desktop counts a claim's age from when it first saw it
 * (kept in the cache), and a claim older than {@link #TIMEOUT} by that count is ignored: a crashed
 * desktop never locks a buyer out. The desktop that made a claim takes it off once it is that old
 * by its own record. Claims an older RelayDesk made ({@code $RDClaim_AB_202611301020}, the UTC
 * minute in the name) are still read, with their own time, and taken off by anyone once stale.
 */
final class Claims {

    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final String PREFIX = "$RDClaim_";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Pattern KEYWORD = Pattern.compile("\\$RDClaim_([A-Z0-9]{1,4})(?:_(\\d{12}))?",
            Pattern.CASE_INSENSITIVE);

    /** Who holds a claim and since when (by this desktop's count). */
    record Claim(String initials, Instant since) { }

    /** One claim keyword read: whose it is, and the time in its name when an older RelayDesk made it. */
    record Parsed(String keyword, String initials, Optional<Instant> stamped) {
        boolean legacy() {
            return stamped.isPresent();
        }
    }

    private Claims() {
    }

    /** The one claim keyword of a person. */
    static String keyword(String initials) {
        return PREFIX + initials;
    }

    static Optional<Parsed> parse(String flag) {
        Matcher m = KEYWORD.matcher(flag);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Instant> stamped = Optional.ofNullable(m.group(2))
                .map(minute -> LocalDateTime.parse(minute, MINUTE).toInstant(ZoneOffset.UTC));
        return Optional.of(new Parsed(flag, m.group(1).toUpperCase(Locale.ROOT), stamped));
    }

    /**
     * The newest live claim among a message's flags by someone other than {@code mine}.
     * {@code firstSeen} says when this desktop first saw a (fixed-name) keyword.
     */
    static Optional<Claim> heldByOthers(Collection<String> flags, String mine, Instant now,
                                       Function<String, Instant> firstSeen) {
        Claim newest = null;
        for (String flag : flags) {
            Optional<Parsed> parsed = parse(flag);
            if (parsed.isEmpty() || parsed.get().initials().equals(mine)) {
                continue;
            }
            Instant since = parsed.get().stamped().orElseGet(() -> firstSeen.apply(flag));
            if (live(since, now) && (newest == null || since.isAfter(newest.since()))) {
                newest = new Claim(parsed.get().initials(), since);
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The claim keywords of these initials among the flags (to take off), old-style ones included. */
    static Set<String> mine(Collection<String> flags, String mine) {
        Set<String> own = new HashSet<>();
        for (String flag : flags) {
            parse(flag).filter(p -> p.initials().equals(mine)).ifPresent(p -> own.add(flag));
        }
        return own;
    }

    /**
     * The claims among a message's flags that this desktop takes off: its own people's fixed-name
     * claims older than the timeout by its record (only it knows when they were last renewed), and
     * anyone's old-style claim whose time has run out (that time is in the name, the same for all).
     */
    static Set<String> stale(Collection<String> flags, Set<String> ownInitials, Instant now,
                             Function<String, Instant> firstSeen) {
        Set<String> stale = new HashSet<>();
        for (String flag : flags) {
            parse(flag).ifPresent(p -> {
                boolean expired = p.legacy()
                        ? !live(p.stamped().get(), now)
                        : ownInitials.contains(p.initials()) && !live(firstSeen.apply(flag), now);
                if (expired) {
                    stale.add(flag);
                }
            });
        }
        return stale;
    }

    private static boolean live(Instant since, Instant now) {
        return Duration.between(since, now).compareTo(TIMEOUT) <= 0;
    }

    /** Initials for claims from a person's name: "Anna Berg" → "AB", "anna" → "AN". */
    static String initialsOf(String name) {
        return com.relaydesk.team.Initials.of(name);
    }
}
