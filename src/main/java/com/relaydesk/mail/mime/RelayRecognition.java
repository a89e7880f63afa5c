package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relay facts sync reads off a message: buyer alias (A1/A2), order ID (A4), delivery
 * notice (B8). Stand-in until the relay rules ({@code rules.Aliases}, {@code rules.OrderIds},
 * {@code rules.RelayNotices}) are on main; then this class only delegates to them.
 */
public final class RelayRecognition {

    private static final Pattern ALIAS = Pattern.compile(
            "^[a-z0-9]{8,32}@marketplace\\.amazon\\.(com|co\\.uk|de|fr|es|it|ca|com\\.mx|com\\.br|co\\.jp|in|com\\.au|nl|se|pl|com\\.tr|ae|sa|sg)$");
    private static final Pattern ORDER_ID = Pattern.compile("(?<![0-9])([0-9]{3}-[0-9]{7}-[0-9]{7})(?![0-9])");

    /** The alias when the address is a relay alias (A2, reading), else null. */
    public String alias(String address) {
        if (address == null) {
            return null;
        }
        String a = address.trim().toLowerCase(Locale.ROOT);
        return ALIAS.matcher(a).matches() ? a : null;
    }

    /** The first alias among the addresses, else null. */
    public String firstAlias(List<String> addresses) {
        for (String a : addresses) {
            String alias = alias(a);
            if (alias != null) {
                return alias;
            }
        }
        return null;
    }

    /** The first order ID (A4) in the texts, in order, else null. */
    public String orderId(String... texts) {
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            Matcher m = ORDER_ID.matcher(t);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Delivery notice facts (B8) when subject and headers are a relay notice, else null. */
    public NoticeFacts notice(String subject, Map<String, String> headers) {
        String kind = headers.get("x-relay-notice");
        if (kind == null) {
            return null;
        }
        NoticeFacts.Outcome outcome = switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "bounced" -> NoticeFacts.Outcome.BOUNCED;
            case "rejected" -> NoticeFacts.Outcome.REJECTED;
            default -> null;
        };
        if (outcome == null) {
            return null;
        }
        String original = headers.getOrDefault("x-relay-original-message-id", headers.get("in-reply-to"));
        String rule = headers.get("x-relay-rule");
        return new NoticeFacts(rule == null ? null : rule.trim(), outcome,
                original == null ? null : original.trim(), alias(headers.get("x-relay-recipient")));
    }
}
