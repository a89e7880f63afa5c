package com.relaydesk.lint.text;

import com.relaydesk.lint.Part;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a subject. In a reply, what follows "Re:" ("AW:", "RE:", "R:", "RV:", "SV:" …) is the
 * buyer's own subject, quoted back: like quoted body text it is not the seller's content (C11) —
 * when it is the buyer's subject. The seller can type anything after "Re:", so it is compared
 * with what the buyer wrote, and checked like the seller's own text where it differs.
 */
public final class SubjectReader {

    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "(?i)^\\s*(?:(?:re|aw|antw|r|rif|ris|rv|sv|vs|réf|wg|fw|fwd|tr)\\s*(?:\\[\\d+])?\\s*:\\s*)+");

    private SubjectReader() {
    }

    public static TextView read(String subject, boolean reply, BuyerWords buyer) {
        Matcher prefix = REPLY_PREFIX.matcher(subject);
        if (!reply || !prefix.find() || !buyer.wrote(subject.substring(prefix.end()))) {
            return TextView.identity(Part.SUBJECT, subject);
        }
        int end = prefix.end();
        String own = subject.substring(0, end) + " ".repeat(subject.length() - end);
        TextView view = TextView.identity(Part.SUBJECT, own);
        view.quoted(TextView.identity(Part.SUBJECT, " ".repeat(end) + subject.substring(end)));
        return view;
    }
}
