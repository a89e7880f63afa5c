package com.relaydesk.relay;

import static com.relaydesk.relay.SmallWorld.ANNA;
import static com.relaydesk.relay.SmallWorld.BEN;
import static com.relaydesk.relay.SmallWorld.CANCELER;
import static com.relaydesk.relay.SmallWorld.CLOSED;
import static com.relaydesk.relay.SmallWorld.OPTED_OUT;
import static com.relaydesk.relay.SmallWorld.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.Order;
import com.relaydesk.orders.OrderReport;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.rules.RelayNotices;
import com.relaydesk.rules.RelayNotices.Notice;
import com.relaydesk.rules.RuleId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay end to end: Jakarta Mail submits over SMTP, the outcome is read back over IMAP. */
class EmbeddedRelayTest {

    private RunningRelay relay;
    private MailClient mail;

    private void start(RelayConfig config) {
        relay = EmbeddedRelay.start(config);
        mail = new MailClient(relay);
    }

    private void start() {
        start(RelayConfig.of(SmallWorld.create()));
    }

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.close();
        }
    }

    /** The notices in the seller's INBOX, parsed the way sync will parse them. */
    private List<Notice> notices() throws Exception {
        return mail.sellerInbox().stream().map(EmbeddedRelayTest::notice).flatMap(Optional::stream).toList();
    }

    static Optional<Notice> notice(MimeMessage message) {
        try {
            Map<String, String> headers = new HashMap<>();
            for (Enumeration<jakarta.mail.Header> e = message.getAllHeaders(); e.hasMoreElements();) {
                jakarta.mail.Header h = e.nextElement();
                headers.putIfAbsent(h.getName(), h.getValue());
            }
            return RelayNotices.parse(message.getSubject(), headers);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Notice onlyNotice() throws Exception {
        List<Notice> notices = notices();
        assertEquals(1, notices.size(), () -> "notices: " + notices);
        return notices.get(0);
    }

    private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : messages) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    @Test
    void a1AMessageToAnAliasReachesThatBuyersMailboxOnly() throws Exception {
        start();
        mail.send(SELLER, ANNA.alias(), "Your lamp has shipped (Order: 111-0000001-0000001)", "Hello Anna");
        assertEquals(List.of("Your lamp has shipped (Order: 111-0000001-0000001)"), subjects(mail.buyerInbox(ANNA)));
        assertEquals(List.of(), mail.buyerInbox(BEN));
        assertEquals(List.of(), notices());
    }

    @Test
    void a2AnAliasWrittenWithCapitalsAndADisplayNameIsDeliveredAndANonAliasIsRejected() throws Exception {
        start();
        mail.send(SELLER, "Anna Berg <" + ANNA.alias().toUpperCase() + ">", "Hello", "Hi");
        assertEquals(1, mail.buyerInbox(ANNA).size());
        mail.send(SELLER, "anna.berg@gmail.example", "Hello direct", "Hi");
        Notice notice = onlyNotice();
        assertEquals(RuleId.A2, notice.rule());
        assertEquals("Hello direct", notice.originalSubject());
    }

    @Test
    void a3OneAliasCarriesEveryOrderAndThreadOfTheBuyer() throws Exception {
        start();
        mail.send(SELLER, ANNA.alias(), "About 111-0000001-0000001", "first order");
        mail.send(SELLER, ANNA.alias(), "About 111-0000001-0000002", "second order");
        assertEquals(2, mail.buyerInbox(ANNA).size());
    }

    @Test
    void a4AMessageWithoutOrderIdIsJudgedByTheBuyersLatestOrder() throws Exception {
        start();
        // Cora's only order is canceled: found by her alias, the message is refused (B6).
        mail.send(SELLER, CANCELER.alias(), "A question for you", "no order ID in here");
        assertEquals(RuleId.B6, onlyNotice().rule());
        assertEquals(List.of(), mail.buyerInbox(CANCELER));
    }

    @Test
    void a5ACarrierNotificationToAnAliasIsForwardedToTheBuyer() throws Exception {
        start();
        mail.send("tracking@pkginfo.ups.com", OPTED_OUT.alias(), "UPS Update: Delivery Scheduled", "Your parcel ...");
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
        assertEquals(List.of(), notices());
    }

    @Test
    void b1AnUnauthorizedSenderGetsARejectionNoticeReferencingTheOriginal() throws Exception {
        start();
        String id = mail.send("owner.private@gmail.example", ANNA.alias(), "Your order", "Hi");
        Notice notice = onlyNotice();
        assertEquals(RuleId.B1, notice.rule());
        assertEquals(RelayNotices.Kind.REJECTED, notice.kind());
        assertEquals(id, notice.originalMessageId());
        assertEquals("Your order", notice.originalSubject());
        assertEquals(ANNA.alias(), notice.recipient());
        MimeMessage raw = mail.sellerInbox().stream().filter(m -> notice(m).isPresent()).findFirst().orElseThrow();
        assertEquals(id, raw.getHeader("In-Reply-To", null));
        assertEquals("Message not delivered [B1]: Your order", raw.getSubject());
        assertTrue(raw.getFrom()[0].toString().contains(RelayNotices.FROM_ADDRESS));
        assertEquals(List.of(), mail.buyerInbox(ANNA));
    }

    @Test
    void b1AnotherAuthorizedAddressMaySend() throws Exception {
        start();
        mail.send(SmallWorld.OTHER_AUTHORIZED, ANNA.alias(), "Your order", "Hi");
        assertEquals(1, mail.buyerInbox(ANNA).size());
    }

    @Test
    void b2AMessageToAnOptedOutBuyerBouncesWithHowToReachThem() throws Exception {
        start();
        String id = mail.send(SELLER, OPTED_OUT.alias(), "Thank you for your order", "Hi");
        Notice notice = onlyNotice();
        assertEquals(RuleId.B2, notice.rule());
        assertEquals(RelayNotices.Kind.BOUNCED, notice.kind());
        assertEquals(id, notice.originalMessageId());
        MimeMessage raw = mail.sellerInbox().stream().filter(m -> notice(m).isPresent()).findFirst().orElseThrow();
        assertTrue(raw.getContent().toString().contains("[Important]"));
        assertEquals(List.of(), mail.buyerInbox(OPTED_OUT));
    }

    @Test
    void b2Exception1AReplyToTheBuyersOwnMessageIsDelivered() throws Exception {
        start();
        MimeMessage reply = mail.draft(SELLER, OPTED_OUT.alias(), "Re: Question about the lamp", "Yes, E27.");
        reply.setHeader("In-Reply-To", SmallWorld.OLGA_QUESTION_ID);
        mail.send(reply);
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
        assertEquals(List.of(), notices());
    }

    @Test
    void b2Exception1AlsoForAMessageTheBuyerSentThroughTheRelayWhileItRuns() throws Exception {
        start();
        MimeMessage question = mail.draft(OPTED_OUT.alias(), SELLER, "Another question", "Is it dimmable?");
        String questionId = mail.send(question);
        assertEquals(2, mail.sellerInbox().size());
        MimeMessage reply = mail.draft(SELLER, OPTED_OUT.alias(), "Re: Another question", "Yes.");
        reply.setHeader("In-Reply-To", questionId);
        mail.send(reply);
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
        assertEquals(List.of(), notices());
    }

    @Test
    void aBindAddressThatIsNotThisComputersIsOneClearSentence() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> EmbeddedRelay.start(RelayConfig.of(SmallWorld.create()).withBindAddress("192.0.2.1")));
        assertTrue(e.getMessage().contains("not an address of this computer"), e.getMessage());
    }

    @Test
    void b2Exception2AMessageAboutAHandmadeOrderIsDelivered() throws Exception {
        start();
        mail.send(SELLER, OPTED_OUT.alias(), "Your engraving (Order: 111-0000003-0000000)", "Which initials?");
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
    }

    @Test
    void b2Exception3TheSellerCentralRouteOtherWithAdditionalInformationRequiredIsDelivered() throws Exception {
        start();
        MimeMessage message = mail.draft(SELLER, OPTED_OUT.alias(), "Additional Information Required", "Your address?");
        message.setHeader(RelayNotices.HEADER_CONTACT_REASON, "other");
        mail.send(message);
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
    }

    @Test
    void b3WithBounceBacksOffABlockedMessageVanishesAndSentCannotTell() throws Exception {
        start(RelayConfig.of(SmallWorld.create()).withBounceBacks(false));
        mail.send(SELLER, OPTED_OUT.alias(), "Thank you for your order", "Hi");
        mail.send(SELLER, ANNA.alias(), "Thank you for your order", "Hi");
        assertEquals(List.of(), notices());
        assertEquals(List.of(), mail.buyerInbox(OPTED_OUT));
        List<MimeMessage> sent = mail.sellerSent();
        assertEquals(2, sent.size());
        for (MimeMessage copy : sent) {
            assertEquals("unconfirmed", copy.getHeader(RelayNotices.HEADER_DELIVERY, null));
        }
    }

    @Test
    void b4ImportantInAnyLetterCaseGetsPastAnOptOutButNotWithoutBrackets() throws Exception {
        start();
        mail.send(SELLER, OPTED_OUT.alias(), "[IMPORTANT] Problem with your shipping address", "Which flat?");
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
        mail.send(SELLER, OPTED_OUT.alias(), "Important: problem with your shipping address", "Which flat?");
        assertEquals(RuleId.B2, onlyNotice().rule());
        assertEquals(1, mail.buyerInbox(OPTED_OUT).size());
    }

    @Test
    void b5MessagesOverTheDailyLimitAreRejectedWithANotice() throws Exception {
        start(RelayConfig.of(SmallWorld.create()).withDailyLimit(2));
        mail.send(SELLER, ANNA.alias(), "One", "1");
        mail.send(SELLER, BEN.alias(), "Two", "2");
        mail.send(SELLER, ANNA.alias(), "Three", "3");
        Notice notice = onlyNotice();
        assertEquals(RuleId.B5, notice.rule());
        assertEquals("Three", notice.originalSubject());
        assertEquals(1, mail.buyerInbox(ANNA).size());
    }

    @Test
    void b6AMessageNamingACanceledOrderIsRejected() throws Exception {
        start();
        mail.send(SELLER, CANCELER.alias(), "Your order 111-0000005-0000001", "Sorry");
        assertEquals(RuleId.B6, onlyNotice().rule());
    }

    @Test
    void b7AContactReasonNotOfferedForTheOrderStatusIsRejected() throws Exception {
        start();
        MimeMessage message = mail.draft(SELLER, ANNA.alias(), "Return (Order: 111-0000001-0000002)", "Return label");
        message.setHeader(RelayNotices.HEADER_CONTACT_REASON, "return");
        mail.send(message);
        assertEquals(RuleId.B7, onlyNotice().rule());
    }

    @Test
    void b8TheSellersSentCopyCarriesTheDeliveryStatus() throws Exception {
        start();
        mail.send(SELLER, ANNA.alias(), "Delivered one", "x");
        mail.send(SELLER, OPTED_OUT.alias(), "Bounced one", "x");
        Map<String, String> status = new HashMap<>();
        for (MimeMessage copy : mail.sellerSent()) {
            status.put(copy.getSubject(), copy.getHeader(RelayNotices.HEADER_DELIVERY, null));
        }
        assertEquals(Map.of("Delivered one", "delivered", "Bounced one", "bounced"), status);
        assertEquals(2, relay.deliveries().size());
        assertTrue(relay.deliveries().get(0).decision().delivered());
    }

    @Test
    void b8AClosedAccountIsNotDeliveredAndTheSellerIsTold() throws Exception {
        start();
        mail.send(SELLER, CLOSED.alias(), "Your order", "x");
        assertEquals(RuleId.B8, onlyNotice().rule());
        assertEquals(List.of(), mail.buyerInbox(CLOSED));
    }

    @Test
    void d1AFileTypeTheRelayDoesNotAcceptIsRejected() throws Exception {
        start();
        mail.send(mail.withAttachment(SELLER, ANNA.alias(), "Tool", "setup.exe", new byte[] {'M', 'Z', 0, 0}));
        assertEquals(RuleId.D1, onlyNotice().rule());
        assertEquals(List.of(), mail.buyerInbox(ANNA));
    }

    @Test
    void d2ARenamedExecutableIsRejectedAndARealPdfDelivered() throws Exception {
        start();
        mail.send(mail.withAttachment(SELLER, ANNA.alias(), "Invoice", "invoice.pdf", new byte[] {'M', 'Z', 0, 0}));
        assertEquals(RuleId.D2, onlyNotice().rule());
        mail.send(mail.withAttachment(SELLER, ANNA.alias(), "Invoice", "invoice.pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
        assertEquals(1, mail.buyerInbox(ANNA).size());
    }

    @Test
    void d3An8MegabyteFileIsOver10MegabytesOnTheWireAndRejected() throws Exception {
        start();
        byte[] big = new byte[8 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        mail.send(mail.withAttachment(SELLER, ANNA.alias(), "Manual", "manual.pdf", big));
        assertEquals(RuleId.D3, onlyNotice().rule());
        assertEquals(List.of(), mail.buyerInbox(ANNA));
    }

    @Test
    void theOrderReportIsWrittenAndReadsBack() throws Exception {
        start();
        try (Reader reader = Files.newBufferedReader(relay.ordersFile())) {
            OrderReport.ReadResult result = OrderReport.read(reader);
            assertEquals(List.of(), result.problems());
            assertEquals(SmallWorld.create().orders(), result.orders());
        }
    }

    /** What a crash or a full disk mid-write would leave: here an order the report cannot encode fails it halfway. */
    @Test
    void anOrderReportThatFailsHalfwayLeavesTheOneBeforeAndSaysWhyNotPorts(@TempDir Path folder) throws Exception {
        Path orders = Files.writeString(folder.resolve("orders.tsv"), "the report of the run before\n");
        RelayWorld small = SmallWorld.create();
        Order first = small.orders().get(0);
        Order unencodable = new Order("111-9999999-9999999", first.purchaseDate(), first.status(), first.channel(),
                false, "Anna \uD83D", first.buyerAlias(), first.items(), null, null, null, null, null, null);
        List<Order> withItLast = new java.util.ArrayList<>(small.orders());
        withItLast.add(unencodable);
        RelayWorld world = new RelayWorld(small.seller(), small.buyers(), withItLast, small.mail());

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> EmbeddedRelay.start(RelayConfig.of(world).withOrdersFile(orders)));

        assertTrue(e.getMessage().startsWith("The demo's order report could not be written to " + orders + ": "),
                e.getMessage());
        assertFalse(e.getMessage().contains("ports"), e.getMessage());
        assertEquals("the report of the run before\n", Files.readString(orders));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(orders), files.toList(), "no temporary file stays");
        }
    }

    @Test
    void freePortsArePickedAndATemporaryOrderFileIsRemovedOnClose() {
        start();
        assertTrue(relay.imapPort() > 0 && relay.smtpPort() > 0);
        assertNotEquals(relay.imapPort(), relay.smtpPort());
        Path orders = relay.ordersFile();
        relay.close();
        assertFalse(Files.exists(orders));
    }

    @Test
    void aPortInUseIsOneClearSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> EmbeddedRelay.start(RelayConfig.of(SmallWorld.create()).withPorts(taken.getLocalPort(), 0)));
            assertTrue(e.getMessage().contains("IMAP port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void theSellerLogsInWithTheConfiguredCredentialsAndAWrongPasswordFails() throws Exception {
        start();
        assertEquals(1, mail.sellerInbox().size());
        assertThrows(jakarta.mail.AuthenticationFailedException.class,
                () -> mail.read(SELLER, "wrong", "INBOX"));
        assertNull(null);
    }
}
