package com.relaydesk.mail.imap;

import com.relaydesk.mail.MailSessions;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.Set;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** APPEND of a ready message (byte for byte as sent) to a folder; the new UID when UIDPLUS says it. */
final class AppendMessage {

    private AppendMessage() {
    }

    static long to(IMAPStore store, String folderName, byte[] rfc822, Set<String> flags) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        MimeMessage message = new MimeMessage(MailSessions.parsing(), new SharedByteArrayInputStream(rfc822)) {
            @Override
            protected void updateMessageID() {
                // Keep the Message-ID fixed at queue time: it is how a resend is detected.
            }
        };
        message.setFlags(ImapFlags.flags(flags), true);
        AppendUID[] uids = folder.appendUIDMessages(new Message[] {message});
        return uids != null && uids.length == 1 && uids[0] != null ? uids[0].uid : -1;
    }

    static boolean exists(IMAPStore store, String folderName) throws MessagingException {
        Folder f = store.getFolder(folderName);
        return f.exists();
    }
}
