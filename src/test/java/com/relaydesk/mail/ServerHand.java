package com.relaydesk.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.Properties;
import java.util.function.Consumer;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The other side in tests: another mail client changing the server (another desktop, webmail),
 * with plain Jakarta Mail, independent of the code under test.
 */
public final class ServerHand implements AutoCloseable {

    private final Store store;

    public ServerHand(String host, int port, String user, String password) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.imap.connectiontimeout", "10000");
        p.put("mail.imap.timeout", "30000");
        store = Session.getInstance(p).getStore("imap");
        store.connect(host, port, user, password);
    }

    public void createFolder(String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (!f.exists()) {
            f.create(Folder.HOLDS_MESSAGES);
        }
    }

    public void deleteFolder(String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (f.exists()) {
            f.delete(true);
        }
    }

    public void append(String folder, byte[]... messages) throws MessagingException {
        Message[] ms = new Message[messages.length];
        for (int i = 0; i < messages.length; i++) {
            ms[i] = new MimeMessage(null, new SharedByteArrayInputStream(messages[i]));
        }
        Folder f = store.getFolder(folder);
        f.appendMessages(ms);
    }

    public int count(String folder) throws MessagingException {
        Folder f = store.getFolder(folder);
        f.open(Folder.READ_ONLY);
        try {
            return f.getMessageCount();
        } finally {
            f.close(false);
        }
    }

    /** Runs {@code change} on the folder opened read-write, then expunges. */
    public void change(String folder, Consumer<IMAPFolder> change) throws MessagingException {
        IMAPFolder f = (IMAPFolder) store.getFolder(folder);
        f.open(Folder.READ_WRITE);
        try {
            change.accept(f);
        } finally {
            f.close(true);
        }
    }

    public void setFlag(String folder, long uid, Flags flags, boolean on) throws MessagingException {
        change(folder, f -> {
            try {
                f.getMessageByUID(uid).setFlags(flags, on);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public void delete(String folder, long... uids) throws MessagingException {
        change(folder, f -> {
            try {
                for (long uid : uids) {
                    f.getMessageByUID(uid).setFlag(Flags.Flag.DELETED, true);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public long[] uids(String folder) throws MessagingException {
        IMAPFolder f = (IMAPFolder) store.getFolder(folder);
        f.open(Folder.READ_ONLY);
        try {
            Message[] all = f.getMessages();
            long[] uids = new long[all.length];
            for (int i = 0; i < all.length; i++) {
                uids[i] = f.getUID(all[i]);
            }
            return uids;
        } finally {
            f.close(false);
        }
    }

    @Override
    public void close() throws MessagingException {
        store.close();
    }
}
