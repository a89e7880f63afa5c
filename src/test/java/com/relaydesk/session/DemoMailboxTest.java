package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.MailItem;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RelayWorld;
import com.relaydesk.relay.Seller;
import com.relaydesk.rules.Aliases;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode opens the embedded relay's seller mailbox exactly like a real one: sync, cache, queries. */
class DemoMailboxTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoSessionSyncsTheRelaysInboxIntoACacheInTheDataFolderAndStopsTheRelayOnClose() throws Exception {
        Buyer anna = new Buyer("anna", "Anna Berg", Aliases.generate("anna", "s1"), "en", false, false);
        Seller seller = new Seller("s1", "Walnut Lamps", "seller@walnut.example", "demo", List.of());
        RelayWorld world = new RelayWorld(seller, List.of(anna), List.of(),
                List.of(new MailItem(seller.address(), MailItem.INBOX, question(anna, seller), false)));
        SyncEvents events = new SyncEvents();
        int imapPort;
        try (SyncedMailboxSession session = DemoMailbox.open(DataFolder.at(dataDir), RelayConfig.of(world),
                Clock.systemUTC())) {
            session.addListener(events);
            session.start();
            assertEquals("synced", events.next(30));
            List<MessageSummary> rows = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10);
            assertEquals(1, rows.size());
            assertEquals(anna.alias(), rows.get(0).buyerAlias());
            assertTrue(session.accountLabel().startsWith("Offline demo"), session.accountLabel());
            imapPort = Integer.parseInt(session.accountLabel().replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));
            assertTrue(Files.list(dataDir.resolve("accounts")).anyMatch(p -> p.toString().endsWith(".sqlite")));
        }
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", imapPort), 1000);
            throw new AssertionError("the relay still listens after the session closed");
        } catch (java.io.IOException expected) {
            // closed, as it should be
        }
    }

    private static MimeMessage question(Buyer buyer, Seller seller) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(buyer.alias(), buyer.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(seller.address()));
        message.setSubject("Where is my lamp? (Order: 111-0000001-0000001)");
        message.setSentDate(Date.from(Instant.now().minusSeconds(3600)));
        message.setText("It has not arrived yet.");
        message.saveChanges();
        return message;
    }
}
