package com.relaydesk.mail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** {@code UID STORE +FLAGS / -FLAGS} on one message (\Answered, $NoResponseNeeded, $Reported). */
final class StoreFlags {

    private StoreFlags() {
    }

    static void on(IMAPStore store, String folderName, long uid, Set<String> add, Set<String> remove) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        folder.open(Folder.READ_WRITE);
        try {
            if (!add.isEmpty()) {
                Keywords.check(folder, add);
                try {
                    StreamingCommand.run(folder, "UID STORE " + uid + " +FLAGS.SILENT " + list(add), r -> false);
                } catch (MessagingException e) {
                    throw Keywords.orRefused(e, folder, add);
                }
            }
            if (!remove.isEmpty()) {
                StreamingCommand.run(folder, "UID STORE " + uid + " -FLAGS.SILENT " + list(remove), r -> false);
            }
        } finally {
            folder.close(false);
        }
    }

    static String list(Set<String> flags) {
        for (String f : flags) {
            if (!f.matches("\\\\?[A-Za-z0-9$_.-]+")) {
                throw new IllegalArgumentException("not an IMAP flag name: " + f);
            }
        }
        return "(" + String.join(" ", flags) + ")";
    }
}
