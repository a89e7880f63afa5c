package com.relaydesk.mail.imap;

import com.relaydesk.platform.MailFlags;
import com.relaydesk.mail.MailSessions;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.eclipse.angus.mail.iap.Literal;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.util.CRLFOutputStream;

/** APPEND of a ready message (byte for byte as sent) to a folder; the new UID when UIDPLUS says it. */
final class AppendMessage {

    private AppendMessage() {
    }

    /**
     * APPEND at the protocol level: Jakarta's appendUIDMessages first runs LIST to check that the
     * folder exists, and a Dovecot session that has run LIST re-reads a big maildir folder on every
     * later SELECT/EXAMINE (see ImapBackend#sentFolder), so every sync after a sent reply would cost
     * more. Only when APPEND fails is the folder looked up, to say it is missing.
     */
    static long to(IMAPStore store, String folderName, byte[] rfc822, Set<String> flags) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        MimeMessage message = new MimeMessage(MailSessions.parsing(), new SharedByteArrayInputStream(rfc822)) {
            @Override
            protected void updateMessageID() {
                // Keep the Message-ID fixed at queue time: it is how a resend is detected.
            }
        };
        byte[] wire;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(rfc822.length + 256);
            message.writeTo(new CRLFOutputStream(out));  // IMAP literals need CRLF line ends
            wire = out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("could not prepare the message", e);
        }
        Literal literal = new Literal() {
            @Override
            public int size() {
                return wire.length;
            }

            @Override
            public void writeTo(OutputStream os) throws IOException {
                os.write(wire);
            }
        };
        AppendUID uid;
        try {
            uid = (AppendUID) folder.doCommand(p -> p.appenduid(folderName, MailFlags.flags(flags), null, literal));
        } catch (MessagingException e) {
            if (!folder.exists()) {
                throw new FolderNotFoundException(folder, folderName + " does not exist");
            }
            throw e;
        }
        return uid != null ? uid.uid : -1;
    }

    static boolean exists(IMAPStore store, String folderName) throws MessagingException {
        Folder f = store.getFolder(folderName);
        return f.exists();
    }
}
