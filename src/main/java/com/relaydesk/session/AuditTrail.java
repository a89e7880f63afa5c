package com.relaydesk.session;

import com.relaydesk.platform.ChosenFile;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.AuditOperations;
import com.relaydesk.store.MessageLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The audit glue of a session (issue 7 item 5): records in the current profile's name, shows per message, exports CSV. */
final class AuditTrail {

    /** Before the action of a mark taken back while it waited for the server ("withdrew reported"). */
    static final String WITHDREW = "withdrew ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final AccountCache cache;
    private final MessageLocations locations;
    private final Supplier<String> actor;

    AuditTrail(AccountCache cache, MessageLocations locations, Supplier<String> actor) {
        this.cache = cache;
        this.locations = locations;
        this.actor = actor;
    }

    /** Who is acting now (the current profile's name). */
    String actor() {
        return actor.get();
    }

    void record(String action, String target, String detail) {
        cache.audit().record(actor.get(), action, target, detail);
    }

    void recordAll(String action, java.util.Collection<String> targets, String detail) {
        cache.audit().recordAll(actor.get(), action, targets, detail);
    }

    List<String> history(long messageId) {
        Optional<MessageLocations.Location> where = locations.locate(messageId);
        if (where.isEmpty() || where.get().messageId() == null) {
            return List.of();
        }
        String id = where.get().messageId();
        return cache.audit().latest(5000).stream()
                .filter(entry -> id.equals(entry.target()) || wrote(entry, id))
                .map(entry -> WHEN.format(entry.at()) + "  " + actorInWords(entry.actor())
                        + " " + (wrote(entry, id) ? "wrote it" : inWords(entry.action())))
                .toList();
    }

    /** A person's "replied" on the buyer's message names the reply it queued: on the reply, who wrote it. */
    private static boolean wrote(AuditOperations.Entry entry, String replyId) {
        return "replied".equals(entry.action()) && entry.detail() != null && entry.detail().startsWith("reply " + replyId + " ");
    }

    /** The outbox's own steps are RelayDesk's, not a person's. */
    static String actorInWords(String actor) {
        return "relaydesk".equals(actor) ? "RelayDesk" : actor;
    }

    /**
     * The reading pane's words for an audit action; the CSV export keeps the action's own name
     * (the keyword it set), which scripts match on.
     */
    static String inWords(String action) {
        if (action.startsWith(WITHDREW)) {
            return "withdrew “" + inWords(action.substring(WITHDREW.length())) + "” before the server had it";
        }
        return switch (action) {
            case "noresponseneeded" -> "marked No Response Needed";
            case "unnoresponseneeded" -> "took No Response Needed back";
            case "reported" -> "reported it";
            case "unreported" -> "took the report back";
            case "send anyway" -> "sent the held reply anyway";
            case "discarded" -> "discarded the held reply";
            case "outbox queued" -> "put it in the outbox";
            case "outbox checked" -> "checked that nobody had answered meanwhile";
            case "outbox submitting" -> "gave it to the mail server";
            case "outbox submitted" -> "sent it to the relay";
            case "outbox appended" -> "filed it in Sent";
            case "outbox answered" -> "marked the buyer's message answered";
            case "outbox held" -> "held it: the buyer was answered elsewhere";
            case "outbox held unconfirmed" -> "held it: the mail server never confirmed it, it may have gone out";
            case "outbox failed" -> "could not send it";
            default -> action;
        };
    }

    /** Written whole or not at all: a failure leaves an earlier export of that name as it was. */
    void exportCsv(Path csv) throws IOException {
        StringBuilder lines = new StringBuilder("time,actor,action,message_id,detail").append(System.lineSeparator());
        for (AuditOperations.Entry entry : cache.audit().latest(Integer.MAX_VALUE)) {
            lines.append(String.join(",", csvField(entry.at().toString()), csvField(entry.actor()),
                    csvField(entry.action()), csvField(entry.target()), csvField(entry.detail()))).append(System.lineSeparator());
        }
        ChosenFile.write(csv, lines.toString());
    }

    /** RFC 4180: quote fields that hold a comma, quote or line break; double the quotes. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
