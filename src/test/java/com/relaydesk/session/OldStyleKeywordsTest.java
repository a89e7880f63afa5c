package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.ImapBackend;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team in the middle of the upgrade: some desktops still run the RelayDesk that wrote a new
 * keyword name per claim and reply ({@code $RDClaim_CD_202611301015},
 * {@code $RDAnswer_GH_202611281002_k3abcdef}). This one reads them with the time in their name,
 * takes timed-out claims off, and turns day-old answers into the person's fixed name.
 */
class OldStyleKeywordsTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private RaceDesktop anna;

    @AfterEach
    void close() {
        if (anna != null) {
            anna.close();
        }
    }

    @Test
    void oldStyleClaimsAndAnswersAreReadAndTidiedOnSync() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String liveClaim = "$RDClaim_CD_" + minute(now.minus(Duration.ofMinutes(5)));
        String staleClaim = "$RDClaim_EF_" + minute(now.minus(Duration.ofMinutes(40)));
        String oldAnswer = "$RDAnswer_GH_" + minute(now.minus(Duration.ofDays(2))) + "_abcdefgh";
        setFlags(1, Set.of(liveClaim, staleClaim));
        setFlags(2, Set.of("\\Answered", oldAnswer));

        anna = new RaceDesktop(dataDir.resolve("anna.sqlite"), "Anna Berg", OldStyleKeywordsTest::imap);
        assertEquals("synced", anna.syncOnce());

        assertEquals(Optional.of("Being answered by CD since "
                        + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(now.minus(Duration.ofMinutes(5)))),
                anna.session.claimedBy(anna.buyerMessage("0000001").id()), "an old desktop's claim counts, with its own time");
        assertEquals(Set.of(liveClaim), flags(1), "the timed-out old-style claim was taken off, the live one kept");
        assertEquals(Set.of("\\Answered", "$RDAnswer_GH"), flags(2), "a day-old answer keyword became the fixed name");
    }

    private static String minute(Instant at) {
        return MINUTE.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static ImapBackend imap() {
        return GreenMailSeller.backend(greenMail);
    }

    private static long uid(ImapBackend hand, int n) {
        return hand.findByMessageId("INBOX", "<buyer-" + n + "@relay.test>")[0];
    }

    private static void setFlags(int n, Set<String> add) {
        try (ImapBackend hand = imap()) {
            hand.connect();
            hand.setFlags("INBOX", uid(hand, n), add, Set.of());
        }
    }

    /** The buyer message's flags on the server, \Seen and \Recent left out. */
    private static Set<String> flags(int n) {
        try (ImapBackend hand = imap()) {
            hand.connect();
            Set<String> flags = new HashSet<>(hand.flagState("INBOX", uid(hand, n)).orElseThrow().flags());
            flags.remove("\\Seen");
            flags.remove("\\Recent");
            return flags;
        }
    }
}
