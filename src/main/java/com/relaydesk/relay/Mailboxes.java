package com.relaydesk.relay;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.relaydesk.platform.MailFlags;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The relay's mailboxes on the GreenMail store: the seller's INBOX and Sent, one per buyer. */
final class Mailboxes {

    /** Buyers' mailboxes can be opened too (a trainer may show what the buyer got). */
    static final String BUYER_PASSWORD = "buyer";

    private final ImapHostManager imap;
    private final GreenMailUser seller;
    private final Map<String, GreenMailUser> buyers = new HashMap<>();
    /** Every mailbox, the seller's first: what a snapshot walks. */
    private final List<GreenMailUser> everyone = new ArrayList<>();

    Mailboxes(UserManager users, Seller sellerAccount, Iterable<Buyer> buyerList) {
        this.imap = users.getImapHostManager();
        try {
            this.seller = users.createUser(sellerAccount.address(), sellerAccount.address(), sellerAccount.password());
            imap.createMailbox(seller, MailItem.SENT);
            everyone.add(seller);
            for (Buyer buyer : buyerList) {
                GreenMailUser user = users.createUser(buyer.alias(), buyer.alias(), BUYER_PASSWORD);
                buyers.put(key(buyer.alias()), user);
                everyone.add(user);
            }
        } catch (UserException | FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new IllegalStateException("could not create the relay's mailboxes", e);
        }
    }

    GreenMailUser seller() {
        return seller;
    }

    GreenMailUser buyer(String alias) {
        return buyers.get(key(alias));
    }

    boolean isSeller(String address) {
        return seller.getEmail().equalsIgnoreCase(address.trim());
    }

    /** Files a message as if it had arrived at {@code received}. */
    void append(String owner, String folder, MimeMessage message, boolean seen, Date received) {
        GreenMailUser user = isSeller(owner) ? seller : buyer(owner);
        if (user == null) {
            throw new IllegalArgumentException("no mailbox for " + owner);
        }
        try {
            MailFolder target = MailItem.INBOX.equalsIgnoreCase(folder) ? imap.getInbox(user) : imap.getFolder(user, folder, true);
            Flags flags = seen ? new Flags(Flags.Flag.SEEN) : new Flags();
            if (received == null) {
                received = message.getSentDate() == null ? new Date() : message.getSentDate();
            }
            target.appendMessage(message, flags, received);
        } catch (FolderException | MessagingException e) {
            throw new IllegalStateException("could not file a message in " + owner + "/" + folder, e);
        }
    }

    /** Every message of every mailbox, folder by folder in UID order, as it is served now. */
    List<StoredMail> contents() {
        List<StoredMail> mail = new ArrayList<>();
        for (GreenMailUser user : everyone) {
            for (MailFolder folder : folders(user)) {
                String name = relativeName(user, folder);
                for (StoredMessage message : folder.getMessages()) {
                    mail.add(new StoredMail(user.getEmail(), name, message.getUid(), raw(message.getMimeMessage()),
                            MailFlags.names(message.getFlags()), message.getReceivedDate().toInstant()));
                }
            }
        }
        return mail;
    }

    /**
     * Every folder of every mailbox with its UIDVALIDITY and UIDNEXT. Read after {@link #contents()}:
     * a message filed in between is missing from the snapshot, but its UID is not given again.
     */
    List<StoredFolder> folderStates() {
        List<StoredFolder> states = new ArrayList<>();
        for (GreenMailUser user : everyone) {
            for (MailFolder folder : folders(user)) {
                states.add(new StoredFolder(user.getEmail(), relativeName(user, folder), folder.getUidValidity(),
                        folder.getUIDNext()));
            }
        }
        return states;
    }

    /** Files a saved message again with its flags, internal date and, when it can, UID; makes a missing folder. */
    void restore(StoredMail mail, Session session, SavedUids uids) {
        try {
            uids.append(restoredFolder(mail.owner(), mail.folder()),
                    mail, new FixedIdMessage(session, new java.io.ByteArrayInputStream(mail.raw())),
                    MailFlags.flags(mail.flags()), Date.from(mail.received()));
        } catch (MessagingException e) {
            throw new IllegalStateException("could not restore a message in " + mail.owner() + "/" + mail.folder(), e);
        }
    }

    /** Gives a restored folder its saved UIDNEXT and UIDVALIDITY; an empty one is made again. */
    void restore(StoredFolder saved, SavedUids uids) {
        uids.finish(restoredFolder(saved.owner(), saved.folder()), saved);
    }

    private MailFolder restoredFolder(String owner, String name) {
        GreenMailUser user = isSeller(owner) ? seller : buyer(owner);
        if (user == null) {
            throw new IllegalArgumentException("no mailbox for " + owner);
        }
        try {
            return MailItem.INBOX.equalsIgnoreCase(name) ? imap.getInbox(user) : folder(user, name);
        } catch (FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new IllegalStateException("could not make the folder " + owner + "/" + name, e);
        }
    }

    /**
     * Changes whenever a message arrives, goes or has its flags changed, in any mailbox: cheap
     * enough to ask every few seconds (a few thousand messages), so a saver knows when to save.
     */
    long changeMark() {
        long mark = 17;
        for (GreenMailUser user : everyone) {
            for (MailFolder folder : folders(user)) {
                mark = mark * 31 + folder.getFullName().hashCode();
                mark = mark * 31 + folder.getUIDNext();
                for (StoredMessage message : folder.getMessages()) {
                    mark = mark * 31 + message.getUid();
                    mark = mark * 31 + message.getFlags().hashCode();
                }
            }
        }
        return mark;
    }

    private Collection<MailFolder> folders(GreenMailUser user) {
        try {
            return imap.listMailboxes(user, "*");
        } catch (FolderException e) {
            throw new IllegalStateException("could not list the folders of " + user.getEmail(), e);
        }
    }

    /** {@code Sent} for {@code #mail.<user>.Sent}: the name the user's IMAP session knows it by. */
    private String relativeName(GreenMailUser user, MailFolder folder) {
        String inbox;
        try {
            inbox = imap.getInbox(user).getFullName();
        } catch (FolderException e) {
            throw new IllegalStateException("the INBOX of " + user.getEmail() + " is gone", e);
        }
        String root = inbox.substring(0, inbox.length() - MailItem.INBOX.length());
        return folder.getFullName().startsWith(root) ? folder.getFullName().substring(root.length()) : folder.getName();
    }

    /** The folder, made with its parents when missing (a client may have made "Archive.2024"). */
    private MailFolder folder(GreenMailUser user, String name)
            throws FolderException, com.icegreen.greenmail.imap.AuthorizationException {
        MailFolder found = imap.getFolder(user, name);
        if (found != null) {
            return found;
        }
        String delimiter = String.valueOf(imap.getHierarchyDelimiter());
        int end = name.indexOf(delimiter);
        while (end > 0) {
            String parent = name.substring(0, end);
            if (imap.getFolder(user, parent) == null) {
                imap.createMailbox(user, parent);
            }
            end = name.indexOf(delimiter, end + 1);
        }
        return imap.createMailbox(user, name);
    }

    private static byte[] raw(MimeMessage message) {
        try {
            return OutgoingMessage.raw(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("a stored message could not be written out", e);
        }
    }

    private static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
