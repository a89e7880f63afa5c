package com.relaydesk.mail.imap;

import com.relaydesk.mail.KeywordsRefusedException;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Whether a folder opened for writing keeps the custom keywords about to be stored. RFC 3501: the
 * SELECT answer's PERMANENTFLAGS lists the flags that stick, and {@code \*} means new keywords may
 * be made; Microsoft 365 and Exchange send neither, and would drop or refuse RelayDesk's keywords
 * silently. Checked before the STORE, so nothing is sent that the server cannot keep.
 */
final class Keywords {

    private Keywords() {
    }

    /** Throws {@link KeywordsRefusedException} when the open folder cannot keep one of the keywords in {@code add}. */
    static void check(IMAPFolder folder, Set<String> add) {
        Set<String> keywords = keywordsOf(add);
        if (keywords.isEmpty()) {
            return;
        }
        Flags permanent = folder.getPermanentFlags();
        if (permanent != null && permanent.contains(Flags.Flag.USER)) {
            return;
        }
        Set<String> refused = new TreeSet<>();
        for (String keyword : keywords) {
            if (permanent == null || !permanent.contains(keyword)) {
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
