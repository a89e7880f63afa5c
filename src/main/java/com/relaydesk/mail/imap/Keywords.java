package com.relaydesk.mail.imap;

import com.relaydesk.mail.KeywordsRefusedException;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Whether a folder opened for writing keeps the custom keywords about to be stored. RFC 3501: the
 * SELECT answer's PERMANENTFLAGS lists the flags that stick, and {@code \*} means new keywords may
 * be made; Microsoft 365 and Exchange send a list without it, and would drop or refuse RelayDesk's
 * keywords. Checked before the STORE, so nothing is sent that the server cannot keep.
 */
final class Keywords {

    private static final Pattern PERMANENT = Pattern.compile("\\[PERMANENTFLAGS \\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private Keywords() {
    }

    /** Throws {@link KeywordsRefusedException} when the open folder cannot keep one of the keywords in {@code add}. */
    static void check(IMAPFolder folder, Set<String> add) throws MessagingException {
        Set<String> keywords = keywordsOf(add);
        if (keywords.isEmpty() || keeps(folder.getPermanentFlags(), keywords)) {
            return;
        }
        // Jakarta copies FLAGS into the permanent flags when the server sent no PERMANENTFLAGS at all,
        // and then every flag is permanent (RFC 3501). Only the server's own words can tell: select again.
        Optional<Set<String>> sent = permanentFlagsAsSent(folder);
        if (sent.isEmpty() || sent.get().contains("\\*")) {
            return;
        }
        Set<String> refused = new TreeSet<>();
        for (String keyword : keywords) {
            if (!sent.get().contains(keyword.toLowerCase(Locale.ROOT))) {
                refused.add(keyword);
            }
        }
        if (!refused.isEmpty()) {
            throw new KeywordsRefusedException(folder.getFullName(), refused, null);
        }
    }

    /** A STORE that added keywords and failed with NO: the server refused them (not the connection). */
    static MessagingException orRefused(MessagingException e, IMAPFolder folder, Set<String> add) {
        Set<String> keywords = keywordsOf(add);
        if (!keywords.isEmpty() && e.getCause() instanceof CommandFailedException) {
            throw new KeywordsRefusedException(folder.getFullName(), keywords, e);
        }
        return e;
    }

    private static boolean keeps(Flags permanent, Set<String> keywords) {
        if (permanent == null) {
            return false;
        }
        if (permanent.contains(Flags.Flag.USER)) {
            return true;
        }
        return keywords.stream().allMatch(permanent::contains);
    }

    /** SELECT of the folder already selected, reading its PERMANENTFLAGS as sent (lower case); empty when none came. */
    private static Optional<Set<String>> permanentFlagsAsSent(IMAPFolder folder) throws MessagingException {
        Set<String> flags = new TreeSet<>();
        boolean[] seen = {false};
        String name = org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder.encode(folder.getFullName())
                .replace("\\", "\\\\").replace("\"", "\\\"");
        StreamingCommand.run(folder, "SELECT \"" + name + "\"", response -> {
            Matcher m = PERMANENT.matcher(response.toString());
            if (!m.find()) {
                return false; // EXISTS, FLAGS and the rest go to the folder as usual
            }
            seen[0] = true;
            for (String flag : m.group(1).trim().split("\\s+")) {
                if (!flag.isEmpty()) {
                    flags.add(flag.toLowerCase(Locale.ROOT));
                }
            }
            return true;
        });
        return seen[0] ? Optional.of(flags) : Optional.empty();
    }

    private static Set<String> keywordsOf(Set<String> flags) {
        Set<String> keywords = new TreeSet<>();
        for (String flag : flags) {
            if (!flag.startsWith("\\")) {
                keywords.add(flag);
            }
        }
        return keywords;
    }
}
