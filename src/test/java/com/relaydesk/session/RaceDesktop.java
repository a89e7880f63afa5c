package com.relaydesk.session;

import com.relaydesk.inbox.SyncEvents;
import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** One RelayDesk desktop for the send-race tests: its own cache file, one person, the shared server. */
final class RaceDesktop implements AutoCloseable {

    final String person;
    final AccountCache cache;
    final SyncedMailboxSession session;
    private final SyncEvents synced = new SyncEvents();

    RaceDesktop(Path cacheFile, String person, Supplier<MailBackend> connector) throws InterruptedException {
        this(cacheFile, person, connector, Clock.systemUTC());
    }

    /** @param clock the desktop's time, for tests that move it by hand */
    RaceDesktop(Path cacheFile, String person, Supplier<MailBackend> connector, Clock clock) throws InterruptedException {
        this.person = person;
        this.cache = AccountCache.open(cacheFile, "seller@example.org");
        this.session = new SyncedMailboxSession("test", "seller@example.org", cache, connector, clock)
                .actingAs(person);
        session.addListener(synced);
    }

    /** Syncs once and says how it ended: "synced" or "failed: …". No IDLE: nothing syncs unless asked. */
    String syncOnce() throws InterruptedException {
        synced.clear();
        session.syncNow();
        String outcome = synced.next(30);
        assertEquals(true, outcome != null, person + ": sync did not end within 30 s");
        return outcome;
    }

    /** What the sync said next (after {@link #syncOnce}: "not sent: …" when replies could not go out). */
    String nextOutcome() throws InterruptedException {
        return synced.next(30);
    }

    /** The buyer message with this subject, as this desktop's cache knows it. */
    MessageSummary buyerMessage(String subjectPart) {
        return session.queries().page(MailboxView.ALL, null, 200).stream()
                .filter(row -> row.buyerAlias() != null && row.subject().contains(subjectPart)
                        && !row.subject().startsWith("Re:"))
                .findFirst().orElseThrow(() -> new AssertionError(person + " does not have " + subjectPart));
    }

    /** Queues a reply as the editor does after its check passed (or was overruled with {@code sendAnyway}). */
    void reply(MessageSummary buyer, String text, boolean sendAnyway) {
        session.replies().send(new ReplySender.Reply(buyer.id(), buyer.buyerAlias(), "Re: " + buyer.subject(), text,
                List.of(), buyer.orderId(), null, sendAnyway));
    }

    OutboxStore.Entry onlyOutboxEntry() {
        List<OutboxStore.Entry> all = session.outbox();
        assertEquals(1, all.size(), person + "'s outbox: " + all);
        return all.get(0);
    }

    /** Waits until the outbox entry has left the pending states (sent, held or failed). */
    OutboxStore.Entry settled() throws InterruptedException {
        waitUntil(() -> !session.outbox().isEmpty() && !session.outbox().get(0).state().pending());
        return onlyOutboxEntry();
    }

    @Override
    public void close() {
        session.close();
    }
}
