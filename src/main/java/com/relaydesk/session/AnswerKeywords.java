package com.relaydesk.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword a desktop puts on a buyer message, together with {@code \Answered}, when it takes the
 * answer just before submitting a reply: {@code $RDAnswer_<initials>}, one fixed name per person
 * (a name per reply would grow the folder's keyword list on the server without end). Other
 * desktops read who answered from it (the reply itself may not be in Sent yet). Which reply took
 * it is kept in the outbox of the desktop that sent it, not in the name.
 *
 * <p>An older RelayDesk wrote {@code $RDAnswer_<initials>_<UTC minute>_<reply token>}; those are
 * still read (with their time), and a reply queued before the upgrade still knows its own by the
 * token, taken from its Message-ID.
 */
final class AnswerKeywords {

    static final String PREFIX = "$RDAnswer_";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private static final Pattern KEYWORD = Pattern.compile("\\$RDAnswer_([A-Z0-9]{1,4})(?:_(\\d{12})_([a-z2-7]{8}))?",
            Pattern.CASE_INSENSITIVE);
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    static final String ANSWERED = "\\Answered";
    static final String NOT_SENT = " — your reply was not sent. Open the Outbox to send it anyway or discard it.";

    /**
     * Who took the answer to a buyer message; {@code at} is known for an older RelayDesk's keyword
     * (in its name), and {@code token} only there.
     */
    record Answer(String keyword, String initials, Optional<Instant> at, Optional<String> token) {
        boolean legacy() {
            return token.isPresent();
        }
    }

    private AnswerKeywords() {
    }

    /** The one answer keyword of a person. */
    static String keyword(String initials) {
        return PREFIX + initials;
    }

    static Optional<Answer> parse(String flag) {
        Matcher m = KEYWORD.matcher(flag);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Instant> at = Optional.ofNullable(m.group(2))
                .map(minute -> LocalDateTime.parse(minute, MINUTE).toInstant(ZoneOffset.UTC));
        return Optional.of(new Answer(flag, m.group(1).toUpperCase(Locale.ROOT), at,
                Optional.ofNullable(m.group(3)).map(t -> t.toLowerCase(Locale.ROOT))));
    }

    /** 8 base32 characters of SHA-256 over the Message-ID: how an older RelayDesk named its reply's answer. */
    static String token(String replyMessageId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(replyMessageId.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (hash[i] & 0xff);
            }
            char[] out = new char[8];
            for (int i = 7; i >= 0; i--) {
                out[i] = BASE32[(int) (bits & 31)];
                bits >>>= 5;
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The answer keyword among the flags other than {@code except} (this reply's own, or empty):
     * the one with a time, newest, before those without.
     */
    static Optional<Answer> other(Collection<String> flags, String except) {
        Answer best = null;
        for (String flag : flags) {
            Optional<Answer> a = parse(flag);
            if (a.isEmpty() || flag.equalsIgnoreCase(except)) {
                continue;
            }
            if (best == null || a.get().at().orElse(Instant.MIN).isAfter(best.at().orElse(Instant.MIN))) {
                best = a.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A keyword an older RelayDesk set for this very reply (queued before the upgrade, then a crash). */
    static Optional<String> legacyOwn(Collection<String> flags, String replyMessageId) {
        String token = token(replyMessageId);
        return flags.stream().filter(f -> parse(f).flatMap(Answer::token).filter(token::equals).isPresent()).findFirst();
    }

    /**
     * Why a reply must wait, from the buyer message's flags: answered (by whom, and when if known),
     * marked No Response Needed or reported. Empty when it still needs this reply.
     *
     * @param except   this reply's own answer keyword, not a reason to wait (empty for none)
     * @param seenNow  the time to name for a fixed-name answer that appeared just now, when known
     */
    static Optional<String> whyHeld(Collection<String> flags, String except, Optional<Instant> seenNow) {
        Optional<Answer> other = other(flags, except);
        if (other.isPresent()) {
            return Optional.of(answeredBy(other.get(), seenNow) + NOT_SENT);
        }
        if (flags.stream().anyMatch(ANSWERED::equalsIgnoreCase)) {
            return Optional.of("This buyer message was already answered (on another desktop or in another mail program)"
                    + NOT_SENT);
        }
        if (flags.stream().anyMatch(SyncedMailboxSession.NO_RESPONSE_NEEDED::equalsIgnoreCase)) {
            return Optional.of("Someone marked this buyer message No Response Needed" + NOT_SENT);
        }
        if (flags.stream().anyMatch(SyncedMailboxSession.REPORTED::equalsIgnoreCase)) {
            return Optional.of("Someone reported this buyer message" + NOT_SENT);
        }
        return Optional.empty();
    }

    /** "AB answered this buyer at 10:02", or without the time when nobody knows it. */
    static String answeredBy(Answer answer, Optional<Instant> seen) {
        Optional<Instant> at = answer.at().or(() -> seen);
        return answer.initials() + " answered this buyer" + at.map(t -> " at " + HH_MM.format(t)).orElse("");
    }

    static String answeredInSent(Instant at, String subject) {
        return "This buyer was already answered at " + HH_MM.format(at) + " (“" + subject + "”)" + NOT_SENT;
    }
}
