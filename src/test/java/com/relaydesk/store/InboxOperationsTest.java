package com.relaydesk.store;

import static com.relaydesk.store.TestMessages.ALIAS;
import static com.relaydesk.store.TestMessages.OTHER_ALIAS;
import static com.relaydesk.store.TestMessages.buyer;
import static com.relaydesk.store.TestMessages.notice;
import static com.relaydesk.store.TestMessages.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FetchedMessage.NoticeFacts.Outcome;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.DeliveryStatus;
import com.relaydesk.model.ListOrder;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.MessageSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxOperationsTest {

    @TempDir
    Path dir;
    private AccountCache cache;
    private InboxOperations inbox;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER);
        inbox = cache.inbox();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private void inboxHas(FetchedMessage... messages) {
        cache.sync().storeBatch("INBOX", List.of(messages), new FolderSyncState("INBOX", 1, 100, 0));
    }

    private void sentHas(FetchedMessage... messages) {
        cache.sync().storeBatch("Sent", List.of(messages), new FolderSyncState("Sent", 1, 100, 0));
    }

    @Test
    void buyerNamesAreFoundByAliasWhateverItsCase() {
        inboxHas(TestMessages.buyer(1).build());

        java.util.Map<String, String> names = inbox.buyerNames(List.of(ALIAS.toUpperCase(java.util.Locale.ROOT),
                "nobody@marketplace.amazon.com"));

        assertEquals(java.util.Map.of(ALIAS.toLowerCase(java.util.Locale.ROOT), "Erika Mustermann"), names);
    }

    @Test
    void theBacklogIsWhatStillNeedsAnAnswerFromBeforeTheDayAskedOldestFirst() {
        inboxHas(buyer(1).subject("day -40").at(TestMessages.T0.minusSeconds(86_400 * 40)).build(),
                buyer(2).subject("day -35, marked").at(TestMessages.T0.minusSeconds(86_400 * 35))
                        .flags(Set.of("$NoResponseNeeded")).build(),
                buyer(3).subject("day -31").at(TestMessages.T0.minusSeconds(86_400 * 31)).build(),
                buyer(4).subject("day -1").at(TestMessages.T0.minusSeconds(86_400)).build());
        List<Long> backlog = inbox.responseNeededBefore(TestMessages.T0.minusSeconds(86_400 * 30));
        assertEquals(List.of("day -40", "day -31"), backlog.stream()
                .map(id -> inbox.detail(id).orElseThrow().summary().subject()).toList());
    }

    @Test
    void decliningTheBacklogOfferIsRememberedInTheCacheFile() {
        assertFalse(inbox.backlogOfferDeclined());
        inbox.declineBacklogOffer();
        cache.close();
        cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER);
        assertTrue(cache.inbox().backlogOfferDeclined());
    }

    @Test
    void theSentListNamesTheBuyerWhoWasAnsweredNotTheSeller() {
        inboxHas(buyer(1).build());
        sentHas(reply(2).buyerAlias(ALIAS).build()); // as sync records Sent: the alias is the recipient's
        MessageSummary sent = inbox.page(MailboxView.SENT, null, 10).get(0);
        assertEquals("Erika Mustermann", sent.buyerName());
        assertEquals("Erika Mustermann", inbox.page(MailboxView.ALL, null, 10).get(1).buyerName());
    }

    @Test
    void aReplyWhoseBuyerWroteNothingInTheMailboxIsNamedFromTheMarketplaceSubjectNotTheAlias() {
        sentHas(reply(2).buyerAlias(OTHER_ALIAS).to(OTHER_ALIAS)
                .subject("Re: Inquiry from Amazon customer Yuki (Order: 112-1405901-6052054)").build());
        assertEquals("Yuki", inbox.page(MailboxView.SENT, null, 10).get(0).buyerName());
    }

    @Test
    void theBuyersOwnNameStillWinsOverTheSubjectsWhicheverCameFirst() {
        sentHas(reply(2).subject("Re: Inquiry from Amazon customer Erika (Order: " + TestMessages.ORDER + ")")
                .buyerAlias(ALIAS).build());
        inboxHas(buyer(1).build());
        sentHas(reply(3).subject("Re: Inquiry from Amazon customer Erika (Order: " + TestMessages.ORDER + ")")
                .buyerAlias(ALIAS).build());
        assertEquals(List.of("Erika Mustermann", "Erika Mustermann"),
                inbox.page(MailboxView.SENT, null, 10).stream().map(MessageSummary::buyerName).toList());
    }

    private List<String> responseNeededSubjects() {
        return inbox.page(MailboxView.RESPONSE_NEEDED, null, 50).stream().map(MessageSummary::subject).toList();
    }

    @Test
    void anUnansweredBuyerMessageInTheInboxNeedsAResponse() {
        inboxHas(buyer(1).subject("help").build());
        assertEquals(List.of("help"), responseNeededSubjects());
        assertEquals(1, inbox.counts().get(MailboxView.RESPONSE_NEEDED));
    }

    @Test
    void aMessageFlaggedAnsweredOnTheServerNeedsNoResponse() {
        inboxHas(buyer(1).flags(Set.of("\\Answered")).build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aSentReplyThatNamesTheMessageInInReplyToAnswersIt() {
        inboxHas(buyer(1).id("<q1@buyer>").order(null).build());
        sentHas(reply(1).inReplyTo("<q1@buyer>").order(null).to("someone@else.example").build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aSentReplyThatNamesTheMessageInReferencesAnswersIt() {
        inboxHas(buyer(1).id("<q1@buyer>").build());
        sentHas(reply(1).references("<older@buyer>", "<q1@buyer>").order(null).to("someone@else.example").build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aLaterSentMessageToTheSameAliasAboutTheSameOrderAnswersIt() {
        inboxHas(buyer(1).build());
        sentHas(reply(2).build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aSentMessageAboutAnotherOrderOrToAnotherBuyerOrEarlierDoesNotAnswerIt() {
        inboxHas(buyer(10).subject("q").build());
        sentHas(reply(11).order("999-1111111-2222222").build(),
                reply(12).to(OTHER_ALIAS).build(),
                reply(9).build());
        assertEquals(List.of("q"), responseNeededSubjects());
    }

    @Test
    void aBuyerMessageWithoutOrderIsAnsweredByALaterNewMessageToTheAliasAboutTheOrderFoundByIt() {
        inboxHas(buyer(1).order(null).build());
        sentHas(reply(2).order("999-1111111-2222222").build());  // no In-Reply-To: a new message (A4)
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aReplyToTheBuyersMessageAboutAnOrderDoesNotAnswerTheirQuestionThatNamedNone() {
        inboxHas(buyer(1).subject("Where is my order?").id("<order-q@buyer>").build(),
                buyer(2).subject("Question about the lamp").order(null).id("<lamp-q@buyer>").build());
        sentHas(reply(3).inReplyTo("<order-q@buyer>").build());
        assertEquals(List.of("Question about the lamp"), responseNeededSubjects(), "the lamp question is still open");

        sentHas(reply(4).order(null).inReplyTo("<lamp-q@buyer>").build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aReplyToTheBuyersLatestMessageWithoutOrderAnswersTheirEarlierOneWithoutOrderToo() {
        inboxHas(buyer(1).subject("Question about the lamp").order(null).id("<q@buyer>").build(),
                buyer(2).subject("Any news?").order(null).id("<follow-up@buyer>").build());
        sentHas(reply(3).order(null).inReplyTo("<follow-up@buyer>").build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void aReplySyncedBeforeTheBuyerMessageStillAnswersIt() {
        sentHas(reply(5).inReplyTo("<q1@buyer>").build());
        inboxHas(buyer(1).id("<q1@buyer>").build());
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void whenTheReplyIsExpungedOrSentIsRebuiltTheBuyerMessageNeedsAResponseAgain() {
        inboxHas(buyer(1).subject("q").id("<q1@buyer>").build());
        sentHas(reply(5).inReplyTo("<q1@buyer>").build());
        assertEquals(List.of(), responseNeededSubjects());

        cache.sync().removeMessages("Sent", List.of(5L), new FolderSyncState("Sent", 1, 100, 0));
        assertEquals(List.of("q"), responseNeededSubjects());

        sentHas(reply(6).build());
        assertEquals(List.of(), responseNeededSubjects());
        cache.sync().resetFolder("Sent", new FolderSyncState("Sent", 2, 0, 0));
        assertEquals(List.of("q"), responseNeededSubjects());
    }

    @Test
    void namingAnotherFolderAsSentRecomputesWhatIsAnswered() {
        inboxHas(buyer(1).subject("q").build());
        cache.sync().storeBatch("Gesendete Elemente", List.of(reply(2).build()),
                new FolderSyncState("Gesendete Elemente", 1, 3, 0));
        assertEquals(List.of("q"), responseNeededSubjects(), "an unknown folder name is not Sent");
        cache.sync().markSentFolder("Gesendete Elemente");
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void markingNoResponseNeededMovesTheMessageToItsFilterEvenWhenSetOnAnotherDesktop() {
        inboxHas(buyer(1).subject("thanks!").build());
        cache.sync().applyFlags("INBOX", Map.of(1L, Set.of("$NoResponseNeeded")), new FolderSyncState("INBOX", 1, 100, 0));
        assertEquals(List.of(), responseNeededSubjects());
        assertEquals(List.of("thanks!"), subjects(inbox.page(InboxFilter.NO_RESPONSE_NEEDED, null, 10)));
    }

    @Test
    void aReportedMessageNeedsNoResponseAndShowsUnderReported() {
        inboxHas(buyer(1).subject("spam").flags(Set.of("$Reported")).build());
        assertEquals(List.of(), responseNeededSubjects());
        assertEquals(List.of("spam"), subjects(inbox.page(InboxFilter.REPORTED, null, 10)));
    }

    @Test
    void relayNoticesAndMailFromNonAliasesNeedNoResponse() {
        inboxHas(notice(1, "<r1@shop>", Outcome.BOUNCED).build(),
                buyer(2).from("tracking@carrier.example", "Carrier").buyerAlias(null).build());
        assertEquals(List.of(), responseNeededSubjects());
        assertEquals(2, inbox.counts().get(MailboxView.ALL));
    }

    @Test
    void buyerMessagesOutsideTheInboxNeedNoResponse() {
        cache.sync().storeBatch("Archive", List.of(buyer(1).build()), new FolderSyncState("Archive", 1, 2, 0));
        assertEquals(List.of(), responseNeededSubjects());
    }

    @Test
    void waitingLongestFirstPagesFromTheOldestUnansweredMessageWithoutGapsOrRepeats() {
        List<MessageSummary> all = everyPageOf25Messages(ListOrder.OLDEST_FIRST);
        assertEquals("m1", all.get(0).subject(), "the message waiting longest comes first");
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).time().isBefore(all.get(i - 1).time()), "oldest first");
        }
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
        List<MessageSummary> all = everyPageOf25Messages(ListOrder.NEWEST_FIRST);
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).time().isAfter(all.get(i - 1).time()), "newest first");
        }
    }

    /** 25 buyer messages, three to a second, read 4 at a time: each exactly once. */
    private List<MessageSummary> everyPageOf25Messages(ListOrder order) {
        List<FetchedMessage> many = new ArrayList<>();
        for (int uid = 1; uid <= 25; uid++) {
            many.add(buyer(uid).subject("m" + uid).at(TestMessages.T0.plusSeconds(uid / 3)).build());
        }
        inboxHas(many.toArray(FetchedMessage[]::new));
        List<MessageSummary> all = new ArrayList<>();
        MessageSummary last = null;
        for (int p = 0; p < 10; p++) {
            List<MessageSummary> page = inbox.page(MailboxView.RESPONSE_NEEDED, order, last, 4);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            last = page.get(page.size() - 1);
        }
        assertEquals(25, all.size());
        assertEquals(25, new HashSet<>(all.stream().map(MessageSummary::id).toList()).size());
        return all;
    }

    @Test
    void theSentViewShowsEachReplyWithWhatTheRelayDidWithIt() {
        sentHas(reply(1).id("<ok@shop>").subject("delivered one").build(),
                reply(2).id("<bounced@shop>").subject("bounced one").build(),
                reply(3).id("<rejected@shop>").subject("rejected one").build());
        inboxHas(notice(1, "<bounced@shop>", Outcome.BOUNCED).build(),
                notice(2, "rejected@shop", Outcome.REJECTED).build(), buyer(3).build());

        List<MessageSummary> sent = inbox.page(MailboxView.SENT, null, 10);

        assertEquals(List.of("rejected one", "bounced one", "delivered one"), subjects(sent));
        assertEquals(List.of(DeliveryStatus.REJECTED, DeliveryStatus.BOUNCED, DeliveryStatus.DELIVERED),
                sent.stream().map(MessageSummary::delivery).toList());
        assertEquals(ALIAS, sent.get(0).buyerAlias());
        assertEquals("Erika Mustermann", sent.get(0).buyerName(), "the buyer's name, not the seller's");
        MessageDetail bounced = inbox.detail(sent.get(1).id()).orElseThrow();
        assertEquals(DeliveryStatus.BOUNCED, bounced.delivery());
        assertTrue(bounced.notice().startsWith("B2 Opt-out: "), bounced.notice());
    }

    @Test
    void aBouncedReplyCarriesTheRelaysWholeNoticeWithItsAdviceNotItsFirstLinesOnly() {
        sentHas(reply(1).id("<bounced@shop>").build());
        String advice = "If your message is critical to completing the order, resend it with [Important] in the subject.";
        inboxHas(notice(1, "<bounced@shop>", Outcome.BOUNCED).body("Your message could not be delivered to "
                + ALIAS + ".\r\n\r\nSubject: Re: Where is my parcel? (Order: 113-4455667-8899001)\r\nReason (B2 Opt-out): "
                + "The buyer opted out of unsolicited messages from sellers.\r\n\r\n" + advice + "\r\n").build());

        MessageDetail bounced = inbox.detail(inbox.page(MailboxView.SENT, null, 10).get(0).id()).orElseThrow();
        assertTrue(bounced.notice().endsWith(advice), bounced.notice());
        assertTrue(bounced.notice().contains("Reason (B2 Opt-out): The buyer opted out"), "its lines joined: " + bounced.notice());
    }

    @Test
    void oneMessagesRowIsReadByItsIdJustAsTheListsShowIt() {
        sentHas(reply(1).id("<bounced@shop>").subject("bounced one").build());
        inboxHas(notice(1, "<bounced@shop>", Outcome.BOUNCED).build(),
                buyer(2).attachment("photo.jpg", new byte[] {1}).flags(Set.of("\\Seen")).build());
        List<MessageSummary> rows = inbox.page(MailboxView.ALL, null, 10);
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.delivery() == DeliveryStatus.BOUNCED), "a sent reply among them");

        for (MessageSummary row : rows) {
            assertEquals(java.util.Optional.of(row), inbox.summary(row.id()), row.subject());
        }
    }

    @Test
    void aMessageNoLongerInTheCacheHasNoRow() {
        inboxHas(buyer(1).subject("expunged later").build(), buyer(2).build());
        long first = inbox.page(MailboxView.ALL, null, 10).stream()
                .filter(row -> row.subject().equals("expunged later")).findFirst().orElseThrow().id();
        cache.sync().removeMessages("INBOX", List.of(1L), new FolderSyncState("INBOX", 1, 100, 0));

        assertEquals(java.util.Optional.empty(), inbox.summary(first), "expunged");
        assertEquals(java.util.Optional.empty(), inbox.summary(first + 1000), "never here");
    }

    @Test
    void aNoticeThatArrivesBeforeTheSentCopyIsSyncedStillLinks() {
        inboxHas(notice(1, "<late@shop>", Outcome.BOUNCED).build());
        sentHas(reply(1).id("<late@shop>").build());
        assertEquals(DeliveryStatus.BOUNCED, inbox.page(MailboxView.SENT, null, 1).get(0).delivery());
    }

    @Test
    void receivedMailHasNoDeliveryStatus() {
        inboxHas(buyer(1).build());
        assertNull(inbox.page(MailboxView.ALL, null, 1).get(0).delivery());
    }

    @Test
    void theDetailCarriesBodiesAndAttachmentsWhoseContentCanBeRead() {
        byte[] photo = "fake-jpeg".getBytes(StandardCharsets.US_ASCII);
        inboxHas(buyer(1).body("See the photo").html("<p>See the photo</p>").attachment("broken.jpg", photo).build());
        long id = inbox.page(MailboxView.ALL, null, 1).get(0).id();
        MessageDetail detail = inbox.detail(id).orElseThrow();
        assertEquals("See the photo", detail.textBody());
        assertEquals("<p>See the photo</p>", detail.htmlBody());
        assertEquals(ALIAS, detail.buyerAlias());
        assertEquals("broken.jpg", detail.attachments().get(0).fileName());
        assertTrue(detail.summary().hasAttachments());
        assertEquals("fake-jpeg", new String(inbox.attachmentContent(detail.attachments().get(0).id()).orElseThrow(),
                StandardCharsets.US_ASCII));
        assertTrue(inbox.detail(id + 1000).isEmpty());
    }

    @Test
    void aDamagedMessageIsShownWithWhatCouldBeReadAndSaysWhatCouldNot() {
        inboxHas(buyer(1).body("Hello, the").damaged("broken MIME boundary: the rest of the text is missing").build());
        MessageDetail detail = inbox.detail(inbox.page(MailboxView.ALL, null, 1).get(0).id()).orElseThrow();
        assertEquals("Hello, the", detail.textBody());
        assertEquals("broken MIME boundary: the rest of the text is missing", detail.damage());
        inboxHas(buyer(2).build());
        assertNull(inbox.detail(inbox.page(MailboxView.ALL, null, 1).get(0).id()).orElseThrow().damage());
    }

    @Test
    void aBatchMixingPlainHtmlOnlyAndRepeatedMessagesIndexesEachMessageOnceWithItsOwnText() {
        inboxHas(buyer(1).subject("First").body("alpha words here").build(),
                buyer(2).subject("Second").body("").html("<p>bravo <b>html</b> only</p>").build(),
                buyer(3).subject("Third").body("charlie text").html("<p>delta in the html part</p>").build(),
                buyer(3).subject("Third again").body("echo replaces charlie").build());

        assertEquals(List.of("First"), subjects(inbox.search("alpha", 10)));
        assertEquals(List.of("Second"), subjects(inbox.search("bravo", 10)));
        assertEquals(List.of(), subjects(inbox.search("delta", 10)), "the HTML part of a plain-text message is not indexed");
        assertEquals(List.of("Third again"), subjects(inbox.search("echo", 10)));
        assertEquals(List.of("Third again"), subjects(inbox.search("charlie", 10)), "the replaced row left the index");
        assertEquals(3, inbox.page(MailboxView.ALL, null, 10).size());
    }

    @Test
    void searchFindsBySubjectBodyBuyerNameAliasAndOrderId() {
        inboxHas(buyer(1).subject("Zipper broke").body("the zipper of the bag broke").build(),
                buyer(2).subject("Size question").body("Do you have it in XL?").from(OTHER_ALIAS, "Jean Dupont")
                        .buyerAlias(OTHER_ALIAS).order("222-3334445-5566677").build());
        assertEquals(List.of("Zipper broke"), subjects(inbox.search("zipper", 10)));
        assertEquals(List.of("Size question"), subjects(inbox.search("dupont", 10)));
        assertEquals(List.of("Size question"), subjects(inbox.search("222-3334445-5566677", 10)));
        assertEquals(List.of("Size question"), subjects(inbox.search(OTHER_ALIAS, 10)));
        assertEquals(List.of("Size question"), subjects(inbox.search("ques", 10)), "the last word is a prefix");
        assertEquals(List.of(), subjects(inbox.search("\"(*", 10)), "operators typed by the seller are not syntax");
    }

    @Test
    void thePreviewOfAForwardedMessageStartsWithTheBuyersWords() {
        inboxHas(buyer(1).body("------------- Message: -------------\n\nHi, where is my parcel?\n\n"
                + "------------- End message -------------\n\nOn Sun, 19 May 2024, Shop wrote:\n> older").build());
        assertEquals("Hi, where is my parcel?", inbox.page(MailboxView.RESPONSE_NEEDED, null, 10).get(0).preview());
    }

    @Test
    void searchLooksThroughTheListOnScreenOnly() {
        inboxHas(buyer(1).subject("Answered parcel question").build(),
                buyer(3).subject("Open parcel question").from(OTHER_ALIAS, "Jean Dupont").buyerAlias(OTHER_ALIAS)
                        .order("222-3334445-5566677").build());
        sentHas(reply(2).subject("Re: parcel").build());  // answers the first: same buyer and order, later

        assertEquals(List.of("Open parcel question"), subjects(inbox.search(MailboxView.RESPONSE_NEEDED, "parcel", 10)),
                "not the seller's reply, not the question it answered");
        assertEquals(List.of("Re: parcel"), subjects(inbox.search(MailboxView.SENT, "parcel", 10)));
        assertEquals(3, inbox.search(MailboxView.ALL, "parcel", 10).size());
        assertEquals(List.of(), subjects(inbox.search(MailboxView.RESPONSE_NEEDED, ALIAS, 10)),
                "an alias typed whole is scoped too");
        assertEquals(2, inbox.search(MailboxView.ALL, ALIAS, 10).size());
    }

    @Test
    void aReplyInSentIsFoundByTheBuyerNameItsRowShows() {
        inboxHas(buyer(1).order(null).subject("Product details inquiry").body("Is it leather?").build());
        sentHas(reply(2).order(null).subject("Re: Product details inquiry").body("Yes, it is.").build());

        assertEquals("Erika Mustermann", inbox.search(MailboxView.SENT, "Re: Product", 10).get(0).buyerName());
        assertEquals(List.of("Re: Product details inquiry"), subjects(inbox.search(MailboxView.SENT, "Erika Mustermann", 10)));
        assertEquals(List.of("Re: Product details inquiry"), subjects(inbox.search(MailboxView.SENT, "Musterm", 10)));
        assertEquals(2, inbox.search(MailboxView.ALL, "Mustermann", 10).size(), "the question and the reply");
        assertEquals(List.of(), subjects(inbox.search(MailboxView.SENT, "Shop", 10)),
                "the seller's own name is on no row of Sent");

        // a reply whose parsed headers name the buyer's alias too (as the relay's own copies do)
        sentHas(reply(3).order(null).buyerAlias(ALIAS).subject("Re: Colour").body("It is brown.").build());
        assertEquals(List.of("Re: Colour", "Re: Product details inquiry"),
                subjects(inbox.search(MailboxView.SENT, "Erika Mustermann", 10)));
    }

    @Test
    void aReplyStoredBeforeTheBuyersNameWasKnownIsFoundByItOnceTheBuyerWrites() {
        sentHas(reply(2).order(null).subject("Re: Product details inquiry").body("Yes, it is.").build());
        assertEquals(List.of(), subjects(inbox.search(MailboxView.SENT, "Mustermann", 10)));

        inboxHas(buyer(1).order(null).subject("Product details inquiry").body("Is it leather?").build());
        assertEquals(List.of("Re: Product details inquiry"), subjects(inbox.search(MailboxView.SENT, "Mustermann", 10)));

        inboxHas(buyer(3).order(null).from(ALIAS, "Erika Musterfrau").subject("New name").body("Married.").build());
        assertEquals(List.of("Re: Product details inquiry"), subjects(inbox.search(MailboxView.SENT, "Musterfrau", 10)),
                "the row shows the buyer's newest name, so the index holds it");
        assertEquals(List.of(), subjects(inbox.search(MailboxView.SENT, "Mustermann", 10)));
    }

    @Test
    void anOrderIdTypedWholeFindsOnlyTheMessagesThatHoldAllOfItsNumbers() {
        inboxHas(buyer(1).subject("Right order").body("About 222-3334445-5566677, please.").build(),
                buyer(2).subject("Same customer, other order").body("About 222-3334445-9999999 instead.").build(),
                buyer(3).subject("Numbers scattered").body("Ref 5566677 of 222 items, 3334445 left").build());
        assertEquals(List.of("Right order", "Numbers scattered").stream().sorted().toList(),
                subjects(inbox.search("222-3334445-5566677", 10)).stream().sorted().toList(),
                "all three numbers, anywhere in the message: the index keeps no positions");
        assertEquals(List.of("Same customer, other order"), subjects(inbox.search("222-3334445-99", 10)),
                "the last number is a prefix");
        assertEquals(List.of("Right order"), subjects(inbox.search("please 22", 10)));
    }

    @Test
    void aConversationHoldsEveryMessageWithTheBuyerOldestFirst() {
        inboxHas(buyer(1).subject("q1").build(), buyer(5).subject("q2").build(),
                buyer(3).subject("other").from(OTHER_ALIAS, "X").buyerAlias(OTHER_ALIAS).build());
        sentHas(reply(2).subject("a1").build());
        assertEquals(List.of("q1", "a1", "q2"), subjects(inbox.conversation(ALIAS)));
    }

    @Test
    void responseTimesRunFromEachBuyerMessageToItsFirstReplyAndLeaveOutWhatNeedsNone() {
        inboxHas(buyer(1).subject("answered").id("<a@buyer>").build(),
                buyer(2).subject("open").order("999-1111111-2222222").build(),
                buyer(3).subject("nrn").order("888-1111111-2222222").flags(Set.of("$NoResponseNeeded")).build(),
                buyer(4).subject("answered elsewhere").order("777-1111111-2222222").flags(Set.of("\\Answered")).build());
        sentHas(reply(11).inReplyTo("<a@buyer>").build(), reply(21).inReplyTo("<a@buyer>").build());

        var samples = inbox.responseSamples(TestMessages.T0);

        assertEquals(List.of("answered", "open"), samples.stream().map(s -> s.subject()).toList());
        assertEquals(TestMessages.T0.plusSeconds(11 * 60), samples.get(0).firstReply());
        assertNull(samples.get(1).firstReply());
    }

    private static List<String> subjects(List<MessageSummary> rows) {
        return rows.stream().map(MessageSummary::subject).toList();
    }
}
