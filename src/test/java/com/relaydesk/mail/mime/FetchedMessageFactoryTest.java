package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import com.relaydesk.mail.TestMessages;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relay facts (A2 alias, A4 order, B8 notice) read off messages as sync stores them. */
class FetchedMessageFactoryTest {

    private final FetchedMessageFactory factory = new FetchedMessageFactory();

    private FetchedMessage inbox(byte[] raw) {
        return factory.create("INBOX", false, 1, 0, Set.of(), null, raw.length, raw);
    }

    @Test
    void aBounceNoticeNamesTheOriginalAndTheBuyer() {
        FetchedMessage m = inbox(TestMessages.raw("From: Marketplace Messaging <do-not-reply@relay.relaydesk.invalid>\r\n"
                + "To: seller@example.org\r\nSubject: Message not delivered [B2]: Your parcel\r\n"
                + "Date: Mon, 23 Nov 2026 12:00:00 +0000\r\nMessage-ID: <notice-1@relay.test>\r\n"
                + "X-Relay-Notice: bounced\r\nX-Relay-Rule: B2\r\nX-Relay-Recipient: abcdefgh1234@marketplace.amazon.com\r\n"
                + "X-Relay-Original-Message-ID: <reply-9@seller.test>\r\nIn-Reply-To: <reply-9@seller.test>\r\n\r\n"
                + "Your message could not be delivered.\r\n"));

        assertEquals(new NoticeFacts("B2", NoticeFacts.Outcome.BOUNCED, "<reply-9@seller.test>",
                "abcdefgh1234@marketplace.amazon.com"), m.notice());
        assertEquals("abcdefgh1234@marketplace.amazon.com", m.buyerAlias(), "the notice joins that buyer's conversation");
    }

    @Test
    void aRejectionIsRecognisedByItsSubjectEvenWithoutHeaders() {
        FetchedMessage m = inbox(TestMessages.raw("From: do-not-reply@relay.relaydesk.invalid\r\n"
                + "Subject: Message not delivered [B5]: Tracking\r\nMessage-ID: <n2@x>\r\nDate: Mon, 23 Nov 2026 12:00:00 +0000\r\n\r\nx\r\n"));
        assertEquals(NoticeFacts.Outcome.REJECTED, m.notice().outcome());
        assertEquals("B5", m.notice().ruleId());
    }

    @Test
    void aBuyerMessageCarriesAliasAndOrderButIsNoNotice() {
        FetchedMessage m = inbox(TestMessages.buyerMessage(5));
        assertNull(m.notice());
        assertEquals("buyer0000005@marketplace.amazon.com", m.buyerAlias());
        assertEquals("113-4455667-0000005", m.orderId());
    }

    @Test
    void aForwardedBuyerMessageIsStoredUnderTheBuyersOwnName() {
        FetchedMessage m = inbox(TestMessages.raw("From: Aisha - Amazon Marketplace <j01l7jk1gyj9@marketplace.amazon.com>\r\n"
                + "To: support@northwind-home.example\r\nSubject: Inquiry from Amazon customer Aisha\r\n"
                + "Date: Mon, 20 May 2024 14:31:45 +0000\r\nMessage-ID: <a1@x>\r\n\r\nHi\r\n"));
        assertEquals("Aisha", m.fromName());
        FetchedMessage seller = inbox(TestMessages.raw("From: Shop - Amazon Marketplace <shop@example.org>\r\n"
                + "To: support@northwind-home.example\r\nSubject: x\r\nMessage-ID: <a2@x>\r\n\r\nHi\r\n"));
        assertEquals("Shop - Amazon Marketplace", seller.fromName(), "only a buyer alias's name is the relay's wrapping");
    }

    @Test
    void inSentTheBuyerIsTheRecipient() {
        byte[] raw = TestMessages.sellerReply(4);
        FetchedMessage m = factory.create("Sent", true, 1, 0, Set.of(), null, raw.length, raw);
        assertEquals("buyer0000004@marketplace.amazon.com", m.buyerAlias());
        assertNull(m.notice());
    }
}
