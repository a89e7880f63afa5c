package com.relaydesk.mail.mime;

import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.OrderIds;
import com.relaydesk.rules.RelayNotices;
import java.util.List;
import java.util.Map;

/**
 * The relay facts sync reads off a message: buyer alias (A1/A2), order ID (A4), delivery notice
 * (B8). Only delegates to the rules, so sync, linter and relay agree on what these look like.
 */
public final class RelayRecognition {

    /** The alias when the address is a relay alias (A2, reading), else null. */
    public String alias(String address) {
        return Aliases.normalize(address).orElse(null);
    }

    /** A buyer's display name without the relay's " - Amazon Marketplace". */
    public String buyerName(String displayName) {
        return com.relaydesk.rules.RelayWrapping.buyerName(displayName);
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

    /** The first order ID (A4) of subject, then body, else null. */
    public String orderId(String subject, String body) {
        String found = firstOrderId(subject);
        return found != null ? found : firstOrderId(body);
    }

    /**
     * The text's first order ID. The rule's expression runs only on a few characters around each
     * 3-7-7 digit run instead of over the whole body: its look-behinds at every position of a
     * long body were a third of parse time. The window holds the two characters before the run
     * and the two after it, all the rule looks at, and no other 3-7-7 run can start inside it,
     * so the rule decides exactly as it would on the whole text.
     */
    private static String firstOrderId(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        for (int dash = text.indexOf('-', 3); dash >= 0 && dash + 15 < n; dash = text.indexOf('-', dash + 1)) {
            if (text.charAt(dash + 8) == '-' && digits(text, dash - 3, 3) && digits(text, dash + 1, 7)
                    && digits(text, dash + 9, 7)) {
                String window = text.substring(Math.max(0, dash - 5), Math.min(n, dash + 18));
                String id = OrderIds.first(window, "").orElse(null);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Delivery notice facts (B8) when subject and headers are a relay notice, else null. */
    public NoticeFacts notice(String subject, Map<String, String> headers) {
        return RelayNotices.parse(subject, headers)
                .map(n -> new NoticeFacts(n.rule().name(),
                        n.kind() == RelayNotices.Kind.BOUNCED ? NoticeFacts.Outcome.BOUNCED : NoticeFacts.Outcome.REJECTED,
                        n.originalMessageId(), alias(n.recipient())))
                .orElse(null);
    }
}
