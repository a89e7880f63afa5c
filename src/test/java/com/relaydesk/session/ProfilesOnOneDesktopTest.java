package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplySignature;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.Profile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one desktop (one cache): each acts under their own name and initials, and reads for themselves. */
class ProfilesOnOneDesktopTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private SessionUnderTest app;

    @BeforeEach
    void oneDesktop() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        app = SessionUnderTest.open(dataDir, () -> GreenMailSeller.backend(greenMail)).start();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFirstRunActsAsTheComputersUserAsBefore() {
        DeskLock desk = app.session.desk();
        assertEquals(System.getProperty("user.name"), desk.current().name());
        assertTrue(desk.current().owner());
        assertFalse(desk.locked());
    }

    @Test
    void theAuditAndTheClaimCarryTheProfileWorkingNow() throws Exception {
        DeskLock desk = app.session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        desk.lock();
        assertTrue(desk.unlock(cleo.id(), null).unlocked(), "no PIN: a click unlocks");

        MessageSummary first = app.session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);
        app.session.triage().markNoResponseNeeded(first.id(), true);
        assertTrue(app.session.history(first.id()).get(0).endsWith("Cleo Dunn marked No Response Needed"),
                app.session.history(first.id()).toString());

        MessageSummary second = app.session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);
        app.session.claim(second.id());
        assertTrue(greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager()
                        .getUser("seller")).getMessages().stream()
                        .anyMatch(m -> java.util.Arrays.asList(m.getFlags().getUserFlags()).contains("$RDClaim_CD")),
                "the claim carries Cleo's initials");
        app.session.release(second.id());
    }

    @Test
    void eachProfileSignsItsRepliesWithItsOwnSignature() {
        DeskLock desk = app.session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        app.session.signature().save(ReplySignature.ANY_LANGUAGE, "Kind regards,\nWalnut & Wick");
        desk.actAs(cleo);
        assertEquals("", app.session.signature().forReply("fr"), "Cleo has none yet");
        app.session.signature().save(ReplySignature.ANY_LANGUAGE, "Cleo · Walnut & Wick");
        desk.actAs(owner);
        assertEquals("Kind regards,\nWalnut & Wick", app.session.signature().forReply("fr"));
        desk.actAs(cleo);
        assertEquals("Cleo · Walnut & Wick", app.session.signature().forReply("fr"));
    }

    @Test
    void readingAMessageUnboldsItOnlyForTheProfileThatReadIt() {
        DeskLock desk = app.session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        MessageSummary first = app.session.queries().page(MailboxView.ALL, null, 10).get(0);
        assertTrue(first.unread());

        app.session.triage().markRead(first.id(), true);
        assertFalse(app.session.queries().detail(first.id()).orElseThrow().summary().unread());
        desk.actAs(cleo);
        assertTrue(app.session.queries().detail(first.id()).orElseThrow().summary().unread(),
                "the server has \\Seen now, but Cleo has not read it");
        desk.actAs(owner);
        assertFalse(app.session.queries().page(MailboxView.ALL, null, 10).stream()
                .filter(row -> row.id() == first.id()).findFirst().orElseThrow().unread());
    }

    @Test
    void aDraftLeftByOnePersonComesBackOnlyToThem() {
        DeskLock desk = app.session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        MessageSummary first = app.session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);

        app.session.drafts().save(first.id(), ReplyDraft.text("buyer@example.org", "Re: parcel", "Dear buyer, it ships today"));
        assertEquals("Dear buyer, it ships today", app.session.drafts().load(first.id()).orElseThrow().body());
        desk.actAs(cleo);
        assertTrue(app.session.drafts().load(first.id()).isEmpty(), "Cleo does not pick up the owner's half-written reply");
        app.session.drafts().save(first.id(), ReplyDraft.text("buyer@example.org", "Re: parcel", "Hi, Cleo here"));
        desk.actAs(owner);
        assertEquals("Dear buyer, it ships today", app.session.drafts().load(first.id()).orElseThrow().body());
        app.session.drafts().discard(first.id());
        assertTrue(app.session.drafts().load(first.id()).isEmpty());
        desk.actAs(cleo);
        assertEquals("Hi, Cleo here", app.session.drafts().load(first.id()).orElseThrow().body());
    }
}
