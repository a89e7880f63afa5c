package com.relaydesk.relay.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.MailItem;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RunningRelay;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The demo world running in the relay: readable over IMAP, and alive. */
class DemoRelayTest {

    /** Polls until the INBOX count satisfies the condition; the relay's buyers work on their own thread. */
    private static int awaitInbox(RunningRelay relay, IntPredicate condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int count = RelayBenchmark.inboxCount(relay);
        while (!condition.test(count) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            count = RelayBenchmark.inboxCount(relay);
        }
        return count;
    }

    @Test
    void theDemoInboxIsReadableOverImap() throws Exception {
        DemoWorld world = DemoWorld.generate(42, DemoWorldTest.ANCHOR);
        long expected = world.mail().stream()
                .filter(i -> i.owner().equals(DemoWorld.SELLER_ADDRESS) && i.folder().equals(MailItem.INBOX)).count();
        try (RunningRelay relay = EmbeddedRelay.start(RelayConfig.of(world.relayWorld()))) {
            assertEquals(expected, RelayBenchmark.inboxCount(relay));
            assertEquals(DemoWorld.SELLER_ADDRESS, relay.sellerAddress());
        }
    }

    /** The Message-IDs and subjects of the seller's INBOX, in UID order, as an IMAP client sees them. */
    private static List<String> inbox(RunningRelay relay) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), relay.sellerAddress(), relay.sellerPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> seen = new java.util.ArrayList<>();
            Message[] messages = inbox.getMessages();
            jakarta.mail.FetchProfile envelope = new jakarta.mail.FetchProfile();
            envelope.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
            inbox.fetch(messages, envelope); // one round trip, not one per message
            for (Message m : messages) {
                seen.add(((MimeMessage) m).getMessageID() + " " + m.getSubject() + " " + m.getFrom()[0]);
            }
            inbox.close(false);
            return seen;
        } finally {
            store.close();
        }
    }

    @Test
    void twoStartsWithTheSameSeedServeTheSameWorld() throws Exception {
        List<String> first;
        String firstOrders;
        try (RunningRelay relay = EmbeddedRelay.start(DemoRelay.config(5, 0, DemoWorldTest.ANCHOR))) {
            first = inbox(relay);
            firstOrders = java.nio.file.Files.readString(relay.ordersFile());
        }
        try (RunningRelay relay = EmbeddedRelay.start(DemoRelay.config(5, 0, DemoWorldTest.ANCHOR))) {
            assertEquals(first, inbox(relay));
            assertEquals(firstOrders, java.nio.file.Files.readString(relay.ordersFile()));
        }
        try (RunningRelay relay = EmbeddedRelay.start(DemoRelay.config(6, 0, DemoWorldTest.ANCHOR))) {
            assertTrue(!first.equals(inbox(relay)), "another seed, another world");
        }
    }

    @Test
    void newInquiriesKeepArrivingAtTheConfiguredRate() throws Exception {
        DemoWorld world = DemoWorld.generate(42, DemoWorldTest.ANCHOR);
        RelayConfig config = RelayConfig.of(world.relayWorld())
                .withTraffic(world.traffic(), Duration.ofMillis(50), Duration.ZERO);
        try (RunningRelay relay = EmbeddedRelay.start(config)) {
            int before = RelayBenchmark.inboxCount(relay);
            int after = awaitInbox(relay, n -> n >= before + 3);
            assertTrue(after >= before + 3, "before " + before + ", after " + after);
        }
    }

    @Test
    void buyersSometimesAnswerTheSellersReplies() throws Exception {
        DemoWorld world = DemoWorld.generate(42, DemoWorldTest.ANCHOR);
        RelayConfig config = RelayConfig.of(world.relayWorld()).withTraffic(world.traffic(), Duration.ZERO, Duration.ZERO);
        List<Buyer> reachable = world.buyers().stream().filter(b -> !b.optedOut() && !b.unreachable()).limit(12).toList();
        try (RunningRelay relay = EmbeddedRelay.start(config)) {
            int before = RelayBenchmark.inboxCount(relay);
            Properties props = new Properties();
            props.put("mail.smtp.host", relay.host());
            props.put("mail.smtp.port", Integer.toString(relay.smtpPort()));
            Session session = Session.getInstance(props);
            for (Buyer buyer : reachable) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(relay.sellerAddress()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(buyer.alias()));
                message.setSubject("Your order");
                message.setText("Hello " + buyer.name());
                Transport.send(message);
            }
            int after = awaitInbox(relay, n -> n > before);
            assertTrue(after > before, "some of 12 buyers answer (35% each)");
            assertTrue(after < before + reachable.size(), "but not all of them");
        }
    }
}
