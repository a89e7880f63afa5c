package com.relaydesk.relay;

import static com.relaydesk.relay.SmallWorld.ANNA;
import static com.relaydesk.relay.SmallWorld.OPTED_OUT;
import static com.relaydesk.relay.SmallWorld.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.relay.demo.DemoSnapshotFile;
import com.relaydesk.rules.RelayNotices;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A relay started from a snapshot goes on where the saved one stopped: mail, flags, dates, rules. */
class RelaySnapshotTest {

    private final List<RunningRelay> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(RunningRelay::close);
    }

    private RunningRelay start(RelayConfig config, RelaySnapshot from) {
        RunningRelay relay = EmbeddedRelay.start(config, from);
        started.add(relay);
        return relay;
    }

    /** Through the file format too: what a restart reads is what was written. */
    private static RelaySnapshot roundTrip(RelaySnapshot snapshot) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RelaySnapshotCodec.write(snapshot, new DataOutputStream(bytes));
        return RelaySnapshotCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    /** One line per message of a folder as an IMAP client sees it: subject, flags and internal date. */
    private static List<String> folder(RunningRelay relay, String user, String password, String name) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), user, password);
        try {
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            List<String> lines = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                Flags flags = m.getFlags();
                flags.remove(Flags.Flag.RECENT);
                lines.add(m.getSubject() + " | " + new java.util.TreeSet<>(com.relaydesk.platform.MailFlags.names(flags)) + " | "
                        + m.getReceivedDate().toInstant() + " | " + ((MimeMessage) m).getHeader(RelayNotices.HEADER_DELIVERY, ","));
            }
            folder.close(false);
            return lines;
        } finally {
            store.close();
        }
    }

    /** What a client's cache of a folder goes by: UIDVALIDITY, UIDNEXT and each message's UID, over IMAP. */
    private static String uids(RunningRelay relay, String user, String password, String name) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), user, password);
        try {
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            UIDFolder numbered = (UIDFolder) folder;
            List<Long> uids = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                uids.add(numbered.getUID(m));
            }
            String seen = "UIDVALIDITY " + numbered.getUIDValidity() + " UIDNEXT " + numbered.getUIDNext()
                    + " UIDs " + uids;
            folder.close(false);
            return seen;
        } finally {
            store.close();
        }
    }

    /** Removes the {@code number}th message of a folder for good (DELETED, then EXPUNGE). */
    private static void expunge(RunningRelay relay, String user, String password, String name, int number)
            throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), user, password);
        try {
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_WRITE);
            folder.getMessage(number).setFlag(Flags.Flag.DELETED, true);
            folder.close(true);
        } finally {
            store.close();
        }
    }

    private static long lastUid(String uids) {
        String list = uids.substring(uids.indexOf('[') + 1, uids.indexOf(']'));
        return Long.parseLong(list.substring(list.lastIndexOf(' ') + 1));
    }

    private static void flag(RunningRelay relay, int number, Flags flags) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), relay.sellerAddress(), relay.sellerPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(number).setFlags(flags, true);
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void theSellersMarksRepliesAndDatesAndTheBuyersMailAreBackAfterARestart() throws Exception {
        RelayConfig config = RelayConfig.of(SmallWorld.create());
        RunningRelay first = start(config, null);
        MailClient mail = new MailClient(first);
        mail.send(SELLER, ANNA.alias(), "Your lamp has shipped (Order: 111-0000001-0000001)", "Hello Anna");
        Flags marked = new Flags(Flags.Flag.SEEN);
        marked.add("$NoResponseNeeded");
        flag(first, 1, marked);
        List<String> inbox = folder(first, SELLER, SmallWorld.PASSWORD, "INBOX");
        List<String> sent = folder(first, SELLER, SmallWorld.PASSWORD, "Sent");
        List<String> anna = folder(first, ANNA.alias(), first.buyerPassword(), "INBOX");
        assertTrue(inbox.get(0).contains("$NoResponseNeeded"), inbox.toString());
        assertEquals(1, sent.size());
        RelaySnapshot snapshot = roundTrip(first.snapshot());
        first.close();
        Thread.sleep(1100); // a later second: GreenMail's new UIDVALIDITY, and a re-dated message would show

        RunningRelay second = start(config, snapshot);
        assertEquals(inbox, folder(second, SELLER, SmallWorld.PASSWORD, "INBOX"));
        assertEquals(sent, folder(second, SELLER, SmallWorld.PASSWORD, "Sent"));
        assertEquals(anna, folder(second, ANNA.alias(), second.buyerPassword(), "INBOX"));
        assertEquals(first.deliveries(), second.deliveries());
    }

    @Test
    void aRestartedRelayKeepsEachFolderItsUidValidityUidsAndUidNextSoClientsKeepTheirCaches() throws Exception {
        RelayConfig config = RelayConfig.of(SmallWorld.create());
        RunningRelay first = start(config, null);
        MailClient mail = new MailClient(first);
        for (int i = 1; i <= 3; i++) {
            mail.send(SELLER, ANNA.alias(), "Your lamp, part " + i + " (Order: 111-0000001-0000001)", "Hello Anna");
        }
        // gaps a renumbering would close: Sent's UIDs 1 and 3; Anna's UIDNEXT 4 with her last UID 2
        expunge(first, SELLER, SmallWorld.PASSWORD, "Sent", 2);
        expunge(first, ANNA.alias(), first.buyerPassword(), "INBOX", 3);
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(first.host(), first.imapPort(), SELLER, SmallWorld.PASSWORD);
        store.getFolder("Archive").create(Folder.HOLDS_MESSAGES); // empty, made by a client
        store.close();
        List<String> before = List.of(uids(first, SELLER, SmallWorld.PASSWORD, "INBOX"),
                uids(first, SELLER, SmallWorld.PASSWORD, "Sent"),
                uids(first, ANNA.alias(), first.buyerPassword(), "INBOX"));
        String archive = uids(first, SELLER, SmallWorld.PASSWORD, "Archive");
        assertTrue(before.get(1).endsWith("UIDNEXT 4 UIDs [1, 3]"), before.get(1));
        assertTrue(before.get(2).endsWith("UIDNEXT 4 UIDs [1, 2]"), before.get(2));
        RelaySnapshot snapshot = roundTrip(first.snapshot());
        first.close();
        Thread.sleep(1100); // GreenMail's UIDVALIDITY is the second a folder was made: a new one would differ

        RunningRelay second = start(config, snapshot);
        List<String> after = List.of(uids(second, SELLER, SmallWorld.PASSWORD, "INBOX"),
                uids(second, SELLER, SmallWorld.PASSWORD, "Sent"),
                uids(second, ANNA.alias(), second.buyerPassword(), "INBOX"));
        assertEquals(before, after);
        assertEquals(archive, uids(second, SELLER, SmallWorld.PASSWORD, "Archive"), "an empty folder is kept too");

        new MailClient(second).send(SELLER, ANNA.alias(), "Your lamp, part 4 (Order: 111-0000001-0000001)", "Hello");
        assertEquals(4, lastUid(uids(second, ANNA.alias(), second.buyerPassword(), "INBOX")),
                "new mail after the restart gets a UID no message had before");
        assertEquals(4, lastUid(uids(second, SELLER, SmallWorld.PASSWORD, "Sent")));
    }

    @Test
    void aSnapshotWithoutUidsGivesTheSameMailUnderNewUidValidities() throws Exception {
        RelayConfig config = RelayConfig.of(SmallWorld.create());
        RunningRelay first = start(config, null);
        new MailClient(first).send(SELLER, ANNA.alias(), "Your lamp has shipped (Order: 111-0000001-0000001)", "Hello");
        String inbox = uids(first, SELLER, SmallWorld.PASSWORD, "INBOX");
        List<String> sent = folder(first, SELLER, SmallWorld.PASSWORD, "Sent");
        RelaySnapshot snapshot = roundTrip(first.snapshot().withoutUids());
        first.close();
        Thread.sleep(1100);

        RunningRelay second = start(config, snapshot);
        assertNotEquals(inbox, uids(second, SELLER, SmallWorld.PASSWORD, "INBOX"),
                "clients must reload: a new UIDVALIDITY");
        assertEquals(sent, folder(second, SELLER, SmallWorld.PASSWORD, "Sent"));
    }

    @Test
    void whenAGreenMailUpgradeMovedItsUidFieldsTheRelayStillResumesAndServesMailUnderNewUidValidities()
            throws Exception {
        RelayConfig config = RelayConfig.of(SmallWorld.create());
        RunningRelay first = start(config, null);
        new MailClient(first).send(SELLER, ANNA.alias(), "Your lamp has shipped (Order: 111-0000001-0000001)", "Hello");
        String inboxUids = uids(first, SELLER, SmallWorld.PASSWORD, "INBOX");
        List<String> inbox = folder(first, SELLER, SmallWorld.PASSWORD, "INBOX");
        List<String> sent = folder(first, SELLER, SmallWorld.PASSWORD, "Sent");
        RelaySnapshot snapshot = roundTrip(first.snapshot());
        first.close();
        Thread.sleep(1100); // GreenMail's UIDVALIDITY is the second a folder was made: a new one differs

        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(GreenMailUidFields.class.getName());
        Handler said = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(entry.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(said);
        GreenMailUidFields moved;
        try {
            moved = GreenMailUidFields.find("uidValidity", "nextUidBeforeTheUpgrade");
        } finally {
            log.removeHandler(said);
        }
        assertFalse(moved.available());
        assertTrue(logged.stream().anyMatch(line -> line.contains("new UIDVALIDITY")), logged.toString());

        RunningRelay second = EmbeddedRelay.start(config, snapshot, moved);
        started.add(second);
        assertEquals(inbox, folder(second, SELLER, SmallWorld.PASSWORD, "INBOX"), "the same mail");
        assertEquals(sent, folder(second, SELLER, SmallWorld.PASSWORD, "Sent"));
        assertNotEquals(uidValidity(inboxUids), uidValidity(uids(second, SELLER, SmallWorld.PASSWORD, "INBOX")),
                "clients must reload: a new UIDVALIDITY");
        new MailClient(second).send(SELLER, ANNA.alias(), "Your lamp, part 2 (Order: 111-0000001-0000001)", "Hello");
        assertEquals(2, folder(second, SELLER, SmallWorld.PASSWORD, "Sent").size(), "and the relay takes new mail");
        assertEquals(2, folder(second, ANNA.alias(), second.buyerPassword(), "INBOX").size());
    }

    private static String uidValidity(String uids) {
        return uids.substring(0, uids.indexOf(" UIDNEXT"));
    }

    @Test
    void aDemoFileOfTheFirstFormatStillResumesWithItsMail() throws Exception {
        // written by RelayDesk ec15773 (format 1: no UIDs): this small world after one reply to Anna
        Path file = Files.createTempFile("format1-", ".snapshot");
        try (InputStream saved = RelaySnapshotTest.class.getResourceAsStream("format1.snapshot")) {
            Files.copy(saved, file, StandardCopyOption.REPLACE_EXISTING);
        }
        RelaySnapshot snapshot;
        try {
            snapshot = new DemoSnapshotFile(file).read().orElseThrow().relay();
        } finally {
            Files.delete(file);
        }
        assertTrue(snapshot.folders().isEmpty());
        RunningRelay relay = start(RelayConfig.of(SmallWorld.create()), snapshot);
        assertEquals(1, folder(relay, SELLER, SmallWorld.PASSWORD, "INBOX").size());
        List<String> sent = folder(relay, SELLER, SmallWorld.PASSWORD, "Sent");
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).startsWith("Your lamp has shipped"), sent.toString());
    }

    @Test
    void aBuyerMessageReceivedBeforeTheRestartStillLetsTheSellerAnswerAnOptedOutBuyer() throws Exception {
        RelayConfig config = RelayConfig.of(SmallWorld.create());
        RunningRelay first = start(config, null);
        MailClient before = new MailClient(first);
        String questionId = before.send(before.draft(OPTED_OUT.alias(), SELLER, "Another question", "Is it dimmable?"));
        RelaySnapshot snapshot = roundTrip(first.snapshot());
        first.close();

        RunningRelay second = start(config, snapshot);
        MailClient after = new MailClient(second);
        MimeMessage reply = after.draft(SELLER, OPTED_OUT.alias(), "Re: Another question", "Yes.");
        reply.setHeader("In-Reply-To", questionId);
        after.send(reply);
        assertEquals(1, after.buyerInbox(OPTED_OUT).size(), "B2 exception 1 remembers the buyer's message");
    }

    @Test
    void aBuyerAnswerStillToComeArrivesAfterTheRestart() throws Exception {
        BuyerTraffic answering = new BuyerTraffic() {
            @Override
            public Optional<MimeMessage> nextInquiry(Instant now) {
                return Optional.empty();
            }

            @Override
            public Optional<MimeMessage> answer(Buyer buyer, MimeMessage delivered, Instant now) {
                try {
                    MimeMessage answer = new FixedIdMessage(Session.getInstance(new Properties()));
                    answer.setFrom(new jakarta.mail.internet.InternetAddress(buyer.alias()));
                    answer.setSubject("Thanks!");
                    answer.setSentDate(Date.from(now));
                    answer.setHeader("Message-ID", "<answer-1@relay.invalid>");
                    answer.setText("Got it.");
                    answer.saveChanges();
                    return Optional.of(answer);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        RelayConfig config = RelayConfig.of(SmallWorld.create()).withTraffic(answering, Duration.ZERO, Duration.ofMinutes(5));
        RunningRelay first = start(config, null);
        new MailClient(first).send(SELLER, ANNA.alias(), "Your order", "It ships today.");
        RelaySnapshot snapshot = first.snapshot();
        assertEquals(1, snapshot.pendingAnswers().size());
        first.close();

        RelaySnapshot due = new RelaySnapshot(snapshot.mail(), snapshot.folders(), snapshot.buyerMessages(),
                snapshot.day(), snapshot.sentOnDay(), snapshot.deliveries(), snapshot.filedInSent(),
                List.of(new RelaySnapshot.PendingAnswer(ANNA.alias(), snapshot.pendingAnswers().get(0).raw(),
                        Instant.now().minusSeconds(1))));
        RunningRelay second = start(config, roundTrip(due));
        MailClient after = new MailClient(second);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (after.sellerInbox().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals("Thanks!", after.sellerInbox().get(1).getSubject(), "an answer already due arrives at once");
    }

    @Test
    void theChangeMarkMovesWithAFlagAndANewMessage() throws Exception {
        RunningRelay relay = start(RelayConfig.of(SmallWorld.create()), null);
        long before = relay.changeMark();
        assertEquals(before, relay.changeMark(), "nothing happened");
        flag(relay, 1, new Flags("$NoResponseNeeded"));
        long flagged = relay.changeMark();
        assertNotEquals(before, flagged);
        new MailClient(relay).send(SELLER, ANNA.alias(), "Your order", "It ships today.");
        assertNotEquals(flagged, relay.changeMark());
    }
}
