package com.relaydesk.mail.imap;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Many ready messages (CRLF line ends) into one folder at once: one {@code APPEND} with a literal
 * per message (MULTIAPPEND, RFC 3502) when the server has it, as a burst of mail lands in a mailbox,
 * else one APPEND each. For benchmarks; RelayDesk itself appends one reply at a time.
 */
final class AppendBurst {

    private AppendBurst() {
    }

    static void to(IMAPStore store, String folderName, List<byte[]> messages) throws MessagingException {
        if (!store.hasCapability("MULTIAPPEND")) {
            for (byte[] m : messages) {
                AppendMessage.to(store, folderName, m, Set.of());
            }
            return;
        }
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.doCommand(p -> {
            Argument args = new Argument();
            args.writeString(folderName);
            for (byte[] m : messages) {
                args.writeBytes(m);
            }
            Response[] r = p.command("APPEND", args);
            p.notifyResponseHandlers(r);
            p.handleResult(r[r.length - 1]);
            return null;
        });
    }
}
