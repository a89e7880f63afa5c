package com.relaydesk.session;

import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.store.AccountCache;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The reply-race check of a shared mailbox (issue 7 item 4): just before sending, sync INBOX and
 * Sent, then ask whether the buyer message still needs an answer; if not, say who answered and how.
 */
final class ReplyRaceCheck {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final AccountCache cache;
    private final ServerCalls server;
    private final String sellerAddress;
    private final CancellationToken cancel;
    private final java.time.Clock clock;

    ReplyRaceCheck(AccountCache cache, ServerCalls server, String sellerAddress, CancellationToken cancel,
                   java.time.Clock clock) {
        this.clock = clock;
        this.cache = cache;
        this.server = server;
        this.sellerAddress = sellerAddress;
        this.cancel = cancel;
    }

    /** Empty when the message still needs this reply (or the server cannot be asked: the outbox checks again). */
    Optional<String> answeredElsewhere(long buyerMessageId) {
        try {
            return server.call(connected -> {
                connected.syncFolder(MailSync.INBOX, cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
                connected.sentFolder().ifPresent(sent ->
                        connected.syncFolder(sent, cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL));
                return cache.inbox().needsResponse(buyerMessageId)
                        ? Optional.<String>empty() : Optional.of(whyNotNeeded(buyerMessageId));
            }, Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception offline) {
            server.dropConnectionLater();
            return Optional.empty(); // offline: the reply waits in the outbox and is checked again
        }
    }

    /** Who took the answer on the server (their reply may still be on its way, so not in Sent yet). */
    private Optional<String> takenBy(long buyerMessageId) {
        java.time.Instant now = clock.instant();
        return new com.relaydesk.store.MessageLocations(cache).locate(buyerMessageId)
                .flatMap(where -> AnswerKeywords.other(where.flags(), ""))
                .map(answer -> AnswerKeywords.answeredBy(answer, answer.legacy() ? Optional.empty()
                        : Optional.of(cache.sightings().firstSeen(buyerMessageId, answer.keyword(), now)))
                        + "; their reply is on its way.");
    }

    private String whyNotNeeded(long buyerMessageId) {
        Optional<MessageDetail> original = cache.inbox().detail(buyerMessageId);
        if (original.isEmpty() || original.get().buyerAlias() == null) {
            return "This message no longer needs a reply: it was removed, marked or answered elsewhere.";
        }
        java.time.Instant asked = original.get().summary().time();
        return cache.inbox().conversation(original.get().buyerAlias()).stream()
                .filter(row -> !row.time().isBefore(asked)) // Date headers have whole seconds: a quick reply can share the second
                .filter(row -> cache.inbox().detail(row.id())
                        .map(d -> sellerAddress.equalsIgnoreCase(d.fromAddress())).orElse(false))
                .reduce((first, second) -> second)
                .map(reply -> "This buyer was already answered at " + HH_MM.format(reply.time())
                        + ": “" + reply.subject() + "” — " + reply.preview())
                .orElseGet(() -> takenBy(buyerMessageId).orElse("This message no longer needs a reply: it was answered,"
                        + " marked No Response Needed or reported on another desktop."));
    }
}
