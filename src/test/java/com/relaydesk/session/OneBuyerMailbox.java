package com.relaydesk.session;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.imap.ImapBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh GreenMail per test holding the seller's mailbox with a Sent folder and one buyer message
 * (order {@link #ORDER}); whatever a test hands to {@link #closedAfter} is closed when it ends.
 */
abstract class OneBuyerMailbox {

    static final String ORDER = "113-4455667-0000001";
    static final String BUYER = "buyer0000001@marketplace.amazon.com";

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void oneBuyerMessage() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1));
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    <T extends AutoCloseable> T closedAfter(T closeable) {
        open.add(closeable);
        return closeable;
    }

    /** Closes {@code closeable} now, in the middle of a test. */
    void closeNow(AutoCloseable closeable) throws Exception {
        closeable.close();
        open.remove(closeable);
    }

    /** The buyer message's flags on the server itself (not through any proxy), \Seen and \Recent left out. */
    static Set<String> buyerFlags() {
        try (ImapBackend hand = GreenMailSeller.backend(greenMail)) {
            hand.connect();
            long uid = hand.findByMessageId("INBOX", "<buyer-1@relay.test>")[0];
            Set<String> flags = new HashSet<>(hand.flagState("INBOX", uid).orElseThrow().flags());
            flags.remove("\\Seen");
            flags.remove("\\Recent");
            return flags;
        }
    }

    static int deliveredTo(String alias) throws Exception {
        return GreenMailSeller.deliveredTo(greenMail, alias);
    }
}
