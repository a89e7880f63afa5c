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
 * answer just before submitting a reply: {@code $RDAnswer_<initials>_<UTC minute>_<reply token>}.
 * Other desktops read who answered and when from it (the reply itself may not be in Sent yet);
 * the token, taken from the reply's Message-ID, lets the same desktop recognise its own answer
 * when it resumes after a crash between taking the answer and submitting.
 */
final class AnswerKeywords {

    private static final String PREFIX = "$RDAnswer_";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private static final Pattern KEYWORD = Pattern.compile("\\$RDAnswer_([A-Z0-9]{1,4})_(\\d{12})_([a-z2-7]{8})",
            Pattern.CASE_INSENSITIVE);
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    static final String ANSWERED = "\\Answered";
    static final String NOT_SENT = " — your reply was not sent. Open the Outbox to send it anyway or discard it.";

    /** Who took the answer to a buyer message, and when. */
    record Answer(String initials, Instant at, String token) { }

    private AnswerKeywords() {
    }

    static String keyword(String initials, Instant at, String replyMessageId) {
        return PREFIX + initials + "_" + MINUTE.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "_" + token(replyMessageId);
    }

    /** 8 base32 characters of SHA-256 over the Message-ID: the same reply always gets the same token. */
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

    /** The answer keywords among a message's flags, newest first. */
    static Optional<Answer> newest(Collection<String> flags, String exceptToken) {
        Answer newest = null;
        for (String flag : flags) {
            Matcher m = KEYWORD.matcher(flag);
            if (!m.matches() || m.group(3).equalsIgnoreCase(exceptToken)) {
                continue;
            }
            Answer a = new Answer(m.group(1).toUpperCase(Locale.ROOT),
                    LocalDateTime.parse(m.group(2), MINUTE).toInstant(ZoneOffset.UTC), m.group(3).toLowerCase(Locale.ROOT));
            if (newest == null || a.at().isAfter(newest.at())) {
                newest = a;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** This reply's own keyword among the flags: the answer was taken by this reply (before a crash, say). */
    static Optional<String> own(Collection<String> flags, String replyMessageId) {
        String token = token(replyMessageId);
        return flags.stream().filter(f -> {
            Matcher m = KEYWORD.matcher(f);
            return m.matches() && m.group(3).equalsIgnoreCase(token);
        }).findFirst();
    }

    /**
     * Why a reply must wait, from the buyer message's flags: answered (by whom, when), marked No
     * Response Needed or reported. Empty when it still needs this reply.
     */
    static Optional<String> whyHeld(Collection<String> flags, String replyMessageId) {
        Optional<Answer> other = newest(flags, token(replyMessageId));
        if (other.isPresent()) {
            return Optional.of(other.get().initials() + " answered this buyer at " + HH_MM.format(other.get().at()) + NOT_SENT);
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

    static String answeredInSent(Instant at, String subject) {
        return "This buyer was already answered at " + HH_MM.format(at) + " (“" + subject + "”)" + NOT_SENT;
    }
}
