package com.relaydesk.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer's first name as the marketplace writes it into the subjects of its messages:
 * "Inquiry from Amazon customer Yuki (Order: 112-…)", kept in "Re: …" replies. It names the buyer
 * of a reply in Sent whose original message is not in the mailbox (deleted, archived, older than
 * the account), where the list would otherwise show the anonymous alias.
 */
public final class CustomerNames {

    /** A name: letters first, then letters, spaces, dots, apostrophes or hyphens; up to "(" or the end. */
    private static final Pattern IN_SUBJECT = Pattern.compile(
            "\\bfrom Amazon customer\\s+(\\p{L}[\\p{L}\\p{M} .'’-]{0,60}?)\\s*(?:\\(|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CustomerNames() {
    }

    /** The customer's name in a marketplace subject, if it carries one. */
    public static Optional<String> inSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = IN_SUBJECT.matcher(subject.strip());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
