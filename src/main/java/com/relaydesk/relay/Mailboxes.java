package com.relaydesk.relay;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The relay's mailboxes on the GreenMail store: the seller's INBOX and Sent, one per buyer. */
final class Mailboxes {

    /** Buyers' mailboxes can be opened too (a trainer may show what the buyer got). */
    static final String BUYER_PASSWORD = "buyer";

    private final ImapHostManager imap;
    private final GreenMailUser seller;
    private final Map<String, GreenMailUser> buyers = new HashMap<>();

    Mailboxes(UserManager users, Seller sellerAccount, Iterable<Buyer> buyerList) {
        this.imap = users.getImapHostManager();
        try {
            this.seller = users.createUser(sellerAccount.address(), sellerAccount.address(), sellerAccount.password());
            imap.createMailbox(seller, MailItem.SENT);
            for (Buyer buyer : buyerList) {
                buyers.put(key(buyer.alias()), users.createUser(buyer.alias(), buyer.alias(), BUYER_PASSWORD));
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

    private static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
