package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.inbox.ReplySignature;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import com.relaydesk.team.DeskLock;
import com.relaydesk.team.Profile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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

    private SyncedMailboxSession session;

    @BeforeEach
    void oneDesktop() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        AccountCache cache = AccountCache.open(dataDir.resolve("desk.sqlite"), "seller@example.org");
        session = new SyncedMailboxSession("test", "seller@example.org", cache,
                () -> GreenMailSeller.backend(greenMail), Clock.systemUTC());
        BlockingQueue<Instant> synced = new LinkedBlockingQueue<>();
        session.addListener(new SessionListener() {
            @Override
            public void synced(Instant when) {
                synced.add(when);
            }
        });
        session.start();
        if (synced.poll(30, TimeUnit.SECONDS) == null) {
            throw new AssertionError("first sync did not finish");
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFirstRunActsAsTheComputersUserAsBefore() {
        DeskLock desk = session.desk();
        assertEquals(System.getProperty("user.name"), desk.current().name());
        assertTrue(desk.current().owner());
        assertFalse(desk.locked());
    }

    @Test
    void theAuditAndTheClaimCarryTheProfileWorkingNow() throws Exception {
        DeskLock desk = session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        desk.lock();
        assertTrue(desk.unlock(cleo.id(), null).unlocked(), "no PIN: a click unlocks");

        MessageSummary first = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);
        session.triage().markNoResponseNeeded(first.id(), true);
        assertTrue(session.history(first.id()).get(0).endsWith("Cleo Dunn marked No Response Needed"),
                session.history(first.id()).toString());

        MessageSummary second = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);
        session.claim(second.id());
        assertTrue(greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager()
                        .getUser("seller")).getMessages().stream()
                        .anyMatch(m -> java.util.Arrays.asList(m.getFlags().getUserFlags()).contains("$RDClaim_CD")),
                "the claim carries Cleo's initials");
        session.release(second.id());
    }

    @Test
    void eachProfileSignsItsRepliesWithItsOwnSignature() {
        DeskLock desk = session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        session.signature().save(ReplySignature.ANY_LANGUAGE, "Kind regards,\nWalnut & Wick");
        desk.actAs(cleo);
        assertEquals("", session.signature().forReply("fr"), "Cleo has none yet");
        session.signature().save(ReplySignature.ANY_LANGUAGE, "Cleo · Walnut & Wick");
        desk.actAs(owner);
        assertEquals("Kind regards,\nWalnut & Wick", session.signature().forReply("fr"));
        desk.actAs(cleo);
        assertEquals("Cleo · Walnut & Wick", session.signature().forReply("fr"));
    }

    @Test
    void readingAMessageUnboldsItOnlyForTheProfileThatReadIt() {
        DeskLock desk = session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        MessageSummary first = session.queries().page(MailboxView.ALL, null, 10).get(0);
        assertTrue(first.unread());

        session.triage().markRead(first.id(), true);
        assertFalse(session.queries().detail(first.id()).orElseThrow().summary().unread());
        desk.actAs(cleo);
        assertTrue(session.queries().detail(first.id()).orElseThrow().summary().unread(),
                "the server has \\Seen now, but Cleo has not read it");
        desk.actAs(owner);
        assertFalse(session.queries().page(MailboxView.ALL, null, 10).stream()
                .filter(row -> row.id() == first.id()).findFirst().orElseThrow().unread());
    }

    @Test
    void aDraftLeftByOnePersonComesBackOnlyToThem() {
        DeskLock desk = session.desk();
        Profile owner = desk.current();
        Profile cleo = desk.profiles().add(owner, "Cleo Dunn");
        MessageSummary first = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 10).get(0);

        session.drafts().save(first.id(), ReplyDraft.text("buyer@example.org", "Re: parcel", "Dear buyer, it ships today"));
        assertEquals("Dear buyer, it ships today", session.drafts().load(first.id()).orElseThrow().body());
        desk.actAs(cleo);
        assertTrue(session.drafts().load(first.id()).isEmpty(), "Cleo does not pick up the owner's half-written reply");
        session.drafts().save(first.id(), ReplyDraft.text("buyer@example.org", "Re: parcel", "Hi, Cleo here"));
        desk.actAs(owner);
        assertEquals("Dear buyer, it ships today", session.drafts().load(first.id()).orElseThrow().body());
        session.drafts().discard(first.id());
        assertTrue(session.drafts().load(first.id()).isEmpty());
        desk.actAs(cleo);
        assertEquals("Hi, Cleo here", session.drafts().load(first.id()).orElseThrow().body());
    }
}
