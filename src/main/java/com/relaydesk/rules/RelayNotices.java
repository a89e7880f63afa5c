package com.relaydesk.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notices the relay puts in the seller's INBOX when it does not deliver a message (B1, B2,
 * B5, B6, B8, D1–D3): their format, in one place, and a pure parser that recognises them. The
 * embedded relay writes notices with {@link #headers}; sync and the UI read them with
 * {@link #parse}.
 *
 * <p>Format: from {@value #FROM_ADDRESS}, subject {@code Message not delivered [B2]: <original
 * subject>}, headers {@code X-Relay-Notice: bounced|rejected}, {@code X-Relay-Rule: B2},
 * {@code X-Relay-Recipient: <alias>}, {@code X-Relay-Original-Message-ID: <id>} and
 * {@code In-Reply-To: <id>}.
 */
public final class RelayNotices {

    public static final String FROM_ADDRESS = "do-not-reply@relay.relaydesk.invalid";
    public static final String FROM_NAME = "Marketplace Messaging";
    public static final String SUBJECT_PREFIX = "Message not delivered";

    public static final String HEADER_NOTICE = "X-Relay-Notice";
    public static final String HEADER_RULE = "X-Relay-Rule";
    public static final String HEADER_RECIPIENT = "X-Relay-Recipient";
    public static final String HEADER_ORIGINAL_MESSAGE_ID = "X-Relay-Original-Message-ID";
    public static final String HEADER_IN_REPLY_TO = "In-Reply-To";

    /**
     * B8 on the seller's copy in Sent: {@code delivered}, {@code bounced}, {@code rejected}, or
     * {@code unconfirmed} while opt-out bounce-backs are off (B3: blocked and delivered look alike).
     */
    public static final String HEADER_DELIVERY = "X-Relay-Delivery";

    /**
     * Optional on a message the seller submits: the Seller Central contact reason in kebab case
     * ({@code other}, {@code additional-information-required}, ...); absent means the seller's
     * own mail client (B2 exception 3 routes, B7).
     */
    public static final String HEADER_CONTACT_REASON = "X-Relay-Contact-Reason";

    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*" + Pattern.quote(SUBJECT_PREFIX) + "\\s*\\[([A-E]\\d{1,2})\\]\\s*:\\s?(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Bounced: an opt-out blocked it (B2). Rejected: any other rule refused it. */
    public enum Kind {
        BOUNCED, REJECTED;

        public String headerValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> fromHeader(String value) {
            if (value == null) {
                return Optional.empty();
            }
            for (Kind kind : values()) {
                if (kind.headerValue().equalsIgnoreCase(value.trim())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        /** B2 opt-outs bounce; every other rule rejects. */
        public static Kind forRule(RuleId rule) {
            return rule == RuleId.B2 ? BOUNCED : REJECTED;
        }
    }

    /**
     * A notice, as written or as recognised.
     *
     * @param recipient         the alias the original was addressed to; null when unknown
     * @param originalMessageId the Message-ID of the original, angle brackets included; null when unknown
     * @param originalSubject   the subject of the original
     */
    public record Notice(Kind kind, RuleId rule, String recipient, String originalMessageId, String originalSubject) {
    }

    private RelayNotices() {
    }

    /** {@code Message not delivered [B2]: Your order}. */
    public static String subject(RuleId rule, String originalSubject) {
        return SUBJECT_PREFIX + " [" + rule.name() + "]: " + (originalSubject == null ? "" : originalSubject);
    }

    /** The headers of a notice besides From/To/Date/Subject, in the order they are written. */
    public static Map<String, String> headers(Notice notice) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER_NOTICE, notice.kind().headerValue());
        headers.put(HEADER_RULE, notice.rule().name());
        if (notice.recipient() != null) {
            headers.put(HEADER_RECIPIENT, notice.recipient());
        }
        if (notice.originalMessageId() != null) {
            headers.put(HEADER_ORIGINAL_MESSAGE_ID, notice.originalMessageId());
            headers.put(HEADER_IN_REPLY_TO, notice.originalMessageId());
        }
        return headers;
    }

    /**
     * The text of a notice, worded like the marketplace's own: what happened, why (the rule and
     * the decision's sentence) and what the seller can do.
     */
    public static String body(Notice notice, String reason) {
        StringBuilder text = new StringBuilder();
        text.append("Your message could not be delivered");
        if (notice.recipient() != null) {
            text.append(" to ").append(notice.recipient());
        }
        text.append(".\r\n\r\n");
        text.append("Subject: ").append(notice.originalSubject() == null ? "" : notice.originalSubject()).append("\r\n");
        text.append("Reason (").append(notice.rule().citation()).append("): ").append(reason).append("\r\n\r\n");
        if (notice.rule() == RuleId.B2) {
            text.append("The buyer has opted out of unsolicited messages. If your message is critical to completing "
                    + "the order (customization, delivery scheduling or a problem with the shipping address), "
                    + "resend it with [Important] in the subject, or from Seller Central with the contact reason "
                    + "Other and the subject Additional Information Required.\r\n\r\n");
        }
        text.append("This notice was sent by the Buyer-Seller Messaging service. Please do not reply to it.\r\n");
        return text.toString();
    }

    /**
     * Recognises a notice from its subject and headers (header names in any letter case).
     * The headers decide when present; a notice from a relay that adds none is recognised by its
     * subject alone and then counts as bounced for B2, rejected otherwise.
     */
    public static Optional<Notice> parse(String subject, Map<String, String> headers) {
        Map<String, String> h = lowerCaseKeys(headers);
        Optional<Kind> kind = Kind.fromHeader(h.get(HEADER_NOTICE.toLowerCase(Locale.ROOT)));
        Matcher m = subject == null ? null : SUBJECT.matcher(subject);
        boolean subjectMatches = m != null && m.matches();
        if (kind.isEmpty() && !subjectMatches) {
            return Optional.empty();
        }
        RuleId rule = ruleOf(h.get(HEADER_RULE.toLowerCase(Locale.ROOT)));
        if (rule == null && subjectMatches) {
            rule = ruleOf(m.group(1));
        }
        if (rule == null) {
            return Optional.empty();
        }
        String originalSubject = subjectMatches ? m.group(2) : subject;
        String original = h.get(HEADER_ORIGINAL_MESSAGE_ID.toLowerCase(Locale.ROOT));
        if (original == null) {
            original = h.get(HEADER_IN_REPLY_TO.toLowerCase(Locale.ROOT));
        }
        return Optional.of(new Notice(kind.orElse(Kind.forRule(rule)), rule,
                trimToNull(h.get(HEADER_RECIPIENT.toLowerCase(Locale.ROOT))), trimToNull(original), originalSubject));
    }

    private static RuleId ruleOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return RuleId.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null) {
                    lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
                }
            });
        }
        return lower;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
