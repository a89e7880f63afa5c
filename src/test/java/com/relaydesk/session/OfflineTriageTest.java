package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.CuttableProxy;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.model.MessageSummary;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage with the server out of reach (a real IMAP server behind a proxy that is cut, then a port
 * nobody listens on): No Response Needed, Report, its undo and read marks work at once and wait in
 * the cache, even across a restart, and the first sync that reaches the server sets them there.
 */
class OfflineTriageTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final AtomicInteger imapPort = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger(-1);
    private SessionUnderTest app;

    @BeforeEach
    void mailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2),
                TestMessages.buyerMessage(3), TestMessages.buyerMessage(4));
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void marksMadeOfflineShowAtOnceSurviveARestartAndTheNextSyncSetsThemOnTheServer() throws Exception {
        try (CuttableProxy server = new CuttableProxy(greenMail.getImap().getPort())) {
            imapPort.set(server.port());
            app = open();
            Map<String, MessageSummary> bySubject = app.responseNeeded().stream()
                    .collect(Collectors.toMap(MessageSummary::subject, Function.identity()));
            assertEquals(4, bySubject.size());
            List<MessageSummary> rows = bySubject.values().stream()
                    .sorted(java.util.Comparator.comparing(MessageSummary::subject)).toList();

            // the network goes: the connection is cut and the server cannot be reached again
            imapPort.set(portNobodyListensOn());
            server.cutAll();
            app.session.triage().markNoResponseNeeded(rows.get(0).id(), true);
            app.session.triage().report(rows.get(1).id(), true);
            app.session.triage().report(rows.get(3).id(), true);
            app.session.triage().report(rows.get(3).id(), false); // taken back before the server heard of it
            app.session.triage().markRead(rows.get(2).id(), true);

            assertEquals(List.of(rows.get(2).subject(), rows.get(3).subject()),
                    subjects(app.responseNeeded()), "the list shows the marks at once");
            assertEquals(3, app.cache.pendingMarks().count(),
                    "the seller's marks, one per message and flag (the undo replaced the report), not the read one");
            assertEquals(4, app.cache.pendingMarks().waiting().size(), "the read mark waits too");
            assertEquals(3, waiting.get(), "the status bar hears how many wait");
            assertEquals(0, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$NoResponseNeeded"));

            app.close(); // RelayDesk closed while offline: the marks are in the cache file
        }
        imapPort.set(greenMail.getImap().getPort()); // back online, on the next start
        app = open();
        assertEquals(0, app.cache.pendingMarks().count(), "the first sync set them");
        assertEquals(0, waiting.get());
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$NoResponseNeeded"));
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        assertEquals(1, GreenMailFolders.seenMessages(greenMail, "INBOX"));
        assertEquals(2, app.responseNeeded().size(), "as the server now says, after a full sync");
    }

    @Test
    void withTheServerInReachAMarkIsSetThereAndNothingWaits() throws Exception {
        imapPort.set(greenMail.getImap().getPort());
        java.time.Instant before = java.time.Instant.now().minusMillis(1);
        app = open();
        java.time.Instant synced = app.session.queries().lastSynced().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(!synced.isBefore(before) && !synced.isAfter(java.time.Instant.now()),
                "the status bar of an offline start shows this: " + synced);
        app.session.triage().report(app.responseNeeded().get(0).id(), true);
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        assertEquals(0, app.cache.pendingMarks().count());
        assertEquals(0, waiting.get());
        assertEquals(3, app.responseNeeded().size());
    }

    private SessionUnderTest open() throws InterruptedException {
        SessionUnderTest opened = SessionUnderTest.open(dataDir,
                () -> GreenMailSeller.backend(imapPort.get(), greenMail.getSmtp().getPort()));
        opened.session.addListener(new SessionListener() {
            @Override
            public void marksWaiting(int count) {
                waiting.set(count);
            }
        });
        return opened.syncFirst();
    }

    private static List<String> subjects(List<MessageSummary> rows) {
        return rows.stream().map(MessageSummary::subject).sorted().toList();
    }

    private static int portNobodyListensOn() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // closed again: connecting is refused
        }
    }
}
