package com.relaydesk.mail.imap;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.Date;

/** Puts mail straight into GreenMail's folders (in-process), for fast test setup. */
public final class GreenMailFolders {

    public static final String USER = "seller";  // the login, as GreenMail keys its users

    private GreenMailFolders() {
    }

    public static void create(GreenMailOperations greenMail, String folder) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        if (greenMail.getManagers().getImapHostManager().getFolder(user, folder) == null) {
            greenMail.getManagers().getImapHostManager().createMailbox(user, folder);
        }
    }

    public static void append(GreenMailOperations greenMail, String folder, byte[]... messages) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        for (byte[] raw : messages) {
            f.appendMessage(new MimeMessage(null, new SharedByteArrayInputStream(raw)), new Flags(), new Date());
        }
    }

    /** Appends one message that arrived at {@code at} (its INTERNALDATE, the time lists sort by). */
    public static void appendAt(GreenMailOperations greenMail, String folder, java.time.Instant at, byte[] raw)
            throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        f.appendMessage(new MimeMessage(null, new SharedByteArrayInputStream(raw)), new Flags(), Date.from(at));
    }

    /** How many messages of the folder carry the keyword, as the server holds them. */
    public static long messagesWithKeyword(GreenMailOperations greenMail, String folder, String keyword) {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        return f.getMessages().stream().filter(m -> m.getFlags().contains(keyword)).count();
    }

    /** How many messages of the folder the server has as read (\Seen). */
    public static long seenMessages(GreenMailOperations greenMail, String folder) {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        return f.getMessages().stream().filter(m -> m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).count();
    }
}
