package com.relaydesk.relay.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.mail.mime.FetchedMessageFactory;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.relay.Buyer;
import com.relaydesk.relay.MailItem;
import com.relaydesk.rules.ThanksOnly;
import com.relaydesk.store.AccountCache;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every buyer message the demo world writes — the seeded world and its live traffic — stored as
 * sync stores it and judged on the row the list shows: only the demo's real thank-yous may carry
 * the Thanks only mark. A new demo text that asks for something and happens to say "Danke" fails
 * here before QA picks it with the thank-yous.
 */
class DemoThankYousTest {

    private static final Instant ANCHOR = Instant.parse("2026-11-30T09:00:00Z");

    /** The demo's thank-you texts (DemoTexts, FOLLOW_UP), without the buyer's name below them. */
    private static final Set<String> THANK_YOUS = Set.of(
            "Thanks for getting back to me so quickly, that helps.",
            "Vielen Dank für die schnelle Antwort!",
            "Merci beaucoup pour votre réponse rapide.",
            "¡Muchas gracias por la respuesta tan rápida!");

    @TempDir
    Path dir;

    @Test
    void onlyTheDemosThankYousAreMarkedAndEachOfThemIs() throws Exception {
        Set<String> marked = new TreeSet<>();
        List<String> wrongly = new ArrayList<>();
        int judged = 0;
        for (long seed : new long[] {42, 7, 2026}) {
            for (MessageSummary row : receivedRows(seed)) {
                judged++;
                if (ThanksOnly.is(row)) {
                    String words = withoutSignature(row);
                    marked.add(words);
                    if (!THANK_YOUS.contains(words)) {
                        wrongly.add(row.subject() + " — " + row.preview());
                    }
                }
            }
        }
        assertTrue(judged > 1000, "the worlds and their traffic: " + judged);
        assertEquals(List.of(), wrongly, "marked Thanks only, but not one of the demo's thank-yous");
        assertEquals(THANK_YOUS, marked, "each demo thank-you is marked");
    }

    /** The preview without the buyer's first name the demo signs with. */
    private static String withoutSignature(MessageSummary row) {
        String name = " " + row.buyerName().split(" ")[0];
        return row.preview().endsWith(name) ? row.preview().substring(0, row.preview().length() - name.length())
                : row.preview();
    }

    /** The world's INBOX and a day of its traffic (new inquiries, answers to the seller), as listed rows. */
    private List<MessageSummary> receivedRows(long seed) throws Exception {
        DemoWorld world = DemoWorld.generate(seed, ANCHOR);
        List<MimeMessage> received = new ArrayList<>();
        List<MimeMessage> sent = new ArrayList<>();
        for (MailItem item : world.mail()) {
            if (item.owner().equals(DemoWorld.SELLER_ADDRESS)) {
                (item.folder().equals(MailItem.INBOX) ? received : sent).add(item.message());
            }
        }
        DemoTraffic traffic = world.traffic();
        Instant now = ANCHOR;
        for (int i = 0; i < 300; i++) {
            now = now.plus(Duration.ofMinutes(5));
            traffic.nextInquiry(now).ifPresent(received::add);
        }
        Map<String, Buyer> byAlias = world.buyers().stream().collect(Collectors.toMap(Buyer::alias, Function.identity()));
        for (MimeMessage reply : sent) {
            Buyer buyer = byAlias.get(((InternetAddress) reply.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            now = now.plus(Duration.ofMinutes(5));
            traffic.answer(buyer, reply, now).ifPresent(received::add);
        }
        return stored(seed, received);
    }

    /** The messages as sync stores them and the list reads them back. */
    private List<MessageSummary> stored(long seed, List<MimeMessage> messages) throws Exception {
        FetchedMessageFactory factory = new FetchedMessageFactory();
        List<FetchedMessage> fetched = new ArrayList<>();
        long uid = 0;
        for (MimeMessage message : messages) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            uid++;
            fetched.add(factory.create("INBOX", false, uid, 0, Set.of(), message.getSentDate().toInstant(), raw.size(),
                    raw.toByteArray()));
        }
        try (AccountCache cache = AccountCache.open(dir.resolve("demo-" + seed + ".sqlite"), DemoWorld.SELLER_ADDRESS)) {
            cache.sync().storeBatch("INBOX", fetched, new FolderSyncState("INBOX", 1, uid + 1, 0));
            List<MessageSummary> rows = cache.inbox().page(MailboxView.ALL, null, fetched.size() + 1).stream()
                    .filter(row -> !row.sentBySeller()).toList();
            assertEquals(fetched.size(), rows.size(), "every message is listed");
            return rows;
        }
    }
}
