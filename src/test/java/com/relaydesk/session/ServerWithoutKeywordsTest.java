package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.KeywordRefusingProxy;
import com.relaydesk.mail.KeywordsRefusedException;
import com.relaydesk.mail.OutboxStore.State;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.imap.ImapBackend;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A server that keeps no custom keywords, as Microsoft 365 and Exchange behave: GreenMail behind
 * {@link KeywordRefusingProxy}, which takes {@code \*} out of PERMANENTFLAGS and answers NO to a STORE
 * of a keyword (there is no Exchange here to test against). Team marks cannot be shared there: each
 * such step says so in a sentence, the marks still work on this desktop, and replies still go out.
 */
class ServerWithoutKeywordsTest extends OneBuyerMailbox {

    @Test
    void aFolderWhosePermanentFlagsLackTheStarRefusesKeywordsBeforeAnyStoreIsSent() throws Exception {
        KeywordRefusingProxy proxy = proxy(KeywordRefusingProxy.Mode.NO_KEYWORDS);
        try (ImapBackend imap = imap(proxy.port())) {
            imap.connect();
            long uid = imap.findByMessageId("INBOX", "<buyer-1@relay.test>")[0];
            KeywordsRefusedException refused = assertThrows(KeywordsRefusedException.class,
                    () -> imap.setFlags("INBOX", uid, Set.of("$NoResponseNeeded"), Set.of()));
            assertTrue(refused.getMessage().startsWith("The mail server does not keep RelayDesk's shared marks"),
                    refused.getMessage());
            assertEquals(0, proxy.refusedStores(), "found out from PERMANENTFLAGS: nothing was sent");

            imap.setFlags("INBOX", uid, Set.of("\\Answered"), Set.of()); // system flags still work, same connection
            assertTrue(imap.flagState("INBOX", uid).orElseThrow().flags().contains("\\Answered"));
        }
    }

    @Test
    void aServerThatAnnouncesKeywordsButRefusesTheirStoreIsUnderstoodTheSameWay() throws Exception {
        KeywordRefusingProxy proxy = proxy(KeywordRefusingProxy.Mode.REFUSES_STORE);
        try (ImapBackend imap = imap(proxy.port())) {
            imap.connect();
            long uid = imap.findByMessageId("INBOX", "<buyer-1@relay.test>")[0];
            assertThrows(KeywordsRefusedException.class, () -> imap.setFlags("INBOX", uid, Set.of("$RDClaim_AB"), Set.of()));
            assertEquals(1, proxy.refusedStores());
            assertTrue(imap.flagState("INBOX", uid).isPresent(), "the connection is still fine");
        }
    }

    @Test
    void aServerThatSendsNoPermanentFlagsAtAllKeepsKeywordsAsTheRfcSays() throws Exception {
        KeywordRefusingProxy proxy = proxy(KeywordRefusingProxy.Mode.NO_PERMANENT_FLAGS);
        try (ImapBackend imap = imap(proxy.port())) {
            imap.connect();
            long uid = imap.findByMessageId("INBOX", "<buyer-1@relay.test>")[0];
            imap.setFlags("INBOX", uid, Set.of("$RDClaim_AB"), Set.of());
            assertEquals(Set.of("$RDClaim_AB"), buyerFlags(), "not mistaken for a server that keeps none");
        }
    }

    @Test
    void claimsSayTheyAreNotSharedMarksStayOnThisDesktopAndRepliesStillGoOutOnce() throws Exception {
        KeywordRefusingProxy proxy = proxy(KeywordRefusingProxy.Mode.NO_KEYWORDS);
        RaceDesktop anna = closedAfter(new RaceDesktop(dataDir.resolve("anna.sqlite"), "Anna Berg", () -> imap(proxy.port())));
        List<String> told = new CopyOnWriteArrayList<>();
        anna.session.addListener(new SessionListener() {
            @Override
            public void failed(String message) {
                told.add(message);
            }
        });
        assertEquals("synced", anna.syncOnce());
        MessageSummary buyer = anna.buyerMessage(ORDER);

        KeywordsRefusedException claim = assertThrows(KeywordsRefusedException.class, () -> anna.session.claim(buyer.id()));
        assertEquals(TeamClaims.NOT_SHARED, claim.getMessage());

        anna.session.triage().markNoResponseNeeded(buyer.id(), true);
        assertTrue(told.stream().anyMatch(m -> m.contains("Marks stay on this desktop only")), told.toString());
        assertEquals(Set.of(buyer.id()), ids(anna, MailboxView.NO_RESPONSE_NEEDED), "the mark works here");
        assertEquals("synced", anna.syncOnce());
        assertEquals(Set.of(buyer.id()), ids(anna, MailboxView.NO_RESPONSE_NEEDED), "and a sync does not undo it");
        anna.session.triage().markNoResponseNeeded(buyer.id(), false);
        assertEquals(Set.of(), ids(anna, MailboxView.NO_RESPONSE_NEEDED), "and it can be taken back");
        anna.session.triage().markNoResponseNeeded(List.of(buyer.id()), true);
        assertEquals(Set.of(buyer.id()), ids(anna, MailboxView.NO_RESPONSE_NEEDED), "a backlog cleared at once, here too");
        anna.session.triage().markNoResponseNeeded(List.of(buyer.id()), false);
        assertEquals(Set.of(), ids(anna, MailboxView.NO_RESPONSE_NEEDED), "and taken back at once");

        anna.reply(buyer, "Anna: it ships today.", false);
        waitUntil(() -> anna.onlyOutboxEntry().state() == State.ANSWERED);
        assertEquals(1, deliveredTo(BUYER));
        assertEquals(Set.of("\\Answered"), buyerFlags(), "the answer is taken with \\Answered alone");
    }

    private KeywordRefusingProxy proxy(KeywordRefusingProxy.Mode mode) throws Exception {
        return closedAfter(new KeywordRefusingProxy(greenMail.getImap().getPort(), mode));
    }

    private static Set<Long> ids(RaceDesktop desktop, MailboxView view) {
        Set<Long> ids = new HashSet<>();
        desktop.session.queries().page(view, null, 50).forEach(row -> ids.add(row.id()));
        return ids;
    }

    private static ImapBackend imap(int imapPort) {
        return GreenMailSeller.backend(imapPort, greenMail.getSmtp().getPort());
    }
}
