package com.relaydesk.store;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FetchedMessage.NoticeFacts;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.rules.Aliases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fills a cache with a generated mailbox (buyer messages, the seller's replies, relay notices)
 * and times what the inbox screens ask of it: the first page of each view, a page deep in the
 * list, the counts, and full-text searches. Figures only: no pass or fail here.
 */
public final class CacheBenchmark {

    /** One timed query: the median and the slowest of its runs, in milliseconds. */
    public record Timing(String name, double medianMs, double maxMs, int rows) { }

    /** What a run measured. */
    public record Report(int messages, double fillSeconds, double messagesPerSecond, long fileBytes,
                         List<Timing> timings) { }

    /** The fewest messages a run fills: fewer leave its lists too short to page through. */
    public static final int MIN_MESSAGES = 100;
    static final int PAGE = 50;
    private static final int BATCH = 1000;
    private static final String[] WORDS = ("parcel order delivery arrived broken zipper size return refund colour "
            + "package tracking address customization engraving question bag canvas leather strap mug lamp desk "
            + "thank please help week days still waiting damaged replacement invoice warranty manual "
            + "Paket Lieferung Bestellung kaputt Rücksendung Größe Farbe colis livraison commande taille "
            + "pedido entrega talla ordine consegna taglia").split(" ");

    private final int messages;
    private final int runs;
    private final Random random = new Random(42);

    public CacheBenchmark(int messages, int runs) {
        if (messages < MIN_MESSAGES) {
            throw new IllegalArgumentException("at least 100 messages: " + messages);
        }
        this.messages = messages;
        this.runs = runs;
    }

    /** Fills a new cache file at {@code file} (which must not exist) and measures it. */
    public Report run(Path file) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("the benchmark makes its own cache; " + file + " exists");
        }
        try (AccountCache cache = AccountCache.open(file, "seller@bench.example")) {
            long start = System.nanoTime();
            fill(cache.sync());
            double fillSeconds = (System.nanoTime() - start) / 1e9;
            cache.database().read("analyze", c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("PRAGMA optimize");
                }
                return null;
            });
            List<Timing> timings = measure(cache.inbox());
            return new Report(messages, fillSeconds, messages / fillSeconds, size(file), timings);
        }
    }

    private static long size(Path file) {
        try {
            long wal = Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) : 0;
            return Files.size(file) + wal;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /**
     * A mailbox over two years: buyer threads in INBOX with the seller's replies in Sent, most
     * answered (by reference, by \Answered or by alias and order), a few marked No Response
     * Needed or reported, relay notices for some replies, and the newest ones still open.
     */
    private void fill(SyncOperations sync) {
        int aliases = Math.max(10, messages / 20);
        Instant end = Instant.parse("2026-11-30T00:00:00Z");
        long span = Duration.ofDays(730).toMillis();
        List<FetchedMessage> inbox = new ArrayList<>(BATCH);
        List<FetchedMessage> sent = new ArrayList<>(BATCH);
        long inboxUid = 0;
        long sentUid = 0;
        for (int i = 0; i < messages; ) {
            int buyer = random.nextInt(aliases);
            String alias = Aliases.generate("buyer-" + buyer, "bench-seller");
            String order = String.format("%03d-%07d-%07d", 100 + buyer % 900, random.nextInt(10_000_000),
                    random.nextInt(10_000_000));
            Instant at = end.minusMillis((long) ((1.0 - (double) i / messages) * span));
            String question = "<q" + i + "@buyer.bench>";
            double fate = random.nextDouble();
            boolean open = i > messages * 0.98 || fate < 0.01;
            Set<String> flags = fate < 0.02 ? Set.of("\\Seen", "$NoResponseNeeded")
                    : fate < 0.025 ? Set.of("$Reported") : fate < 0.5 && !open ? Set.of("\\Seen", "\\Answered")
                    : Set.of("\\Seen");
            inbox.add(message("INBOX", ++inboxUid, question, null, alias, "Buyer " + buyer, List.of("seller@bench.example"),
                    "Question about order " + order, at, flags, alias, order, null));
            i++;
            if (!open && i < messages) {
                String answer = "<a" + i + "@seller.bench>";
                sent.add(message("Sent", ++sentUid, answer, question, "seller@bench.example", "Bench Shop",
                        List.of(alias), "Re: Question about order " + order, at.plusSeconds(3600 + random.nextInt(80_000)),
                        Set.of("\\Seen"), null, order, null));
                i++;
                if (random.nextDouble() < 0.03 && i < messages) {
                    inbox.add(message("INBOX", ++inboxUid, "<n" + i + "@relay.bench>", answer,
                            "do-not-reply@relay.relaydesk.invalid", "Marketplace Messaging", List.of("seller@bench.example"),
                            "Message not delivered [B2]: Re: Question about order " + order, at.plusSeconds(90_000),
                            Set.of(), null, null, new NoticeFacts("B2", NoticeFacts.Outcome.BOUNCED, answer, alias)));
                    i++;
                }
            }
            if (inbox.size() >= BATCH) {
                sync.storeBatch("INBOX", inbox, new FolderSyncState("INBOX", 1, inboxUid + 1, 0));
                inbox.clear();
            }
            if (sent.size() >= BATCH) {
                sync.storeBatch("Sent", sent, new FolderSyncState("Sent", 1, sentUid + 1, 0));
                sent.clear();
            }
        }
        sync.storeBatch("INBOX", inbox, new FolderSyncState("INBOX", 1, inboxUid + 1, 0));
        sync.storeBatch("Sent", sent, new FolderSyncState("Sent", 1, sentUid + 1, 0));
    }

    private FetchedMessage message(String folder, long uid, String id, String inReplyTo, String from, String fromName,
            List<String> to, String subject, Instant at, Set<String> flags, String buyerAlias, String order,
            NoticeFacts notice) {
        String body = body(60 + random.nextInt(160));
        return new FetchedMessage(folder, uid, uid, id, inReplyTo, inReplyTo == null ? List.of() : List.of(inReplyTo),
                from, fromName, to, subject, at, at, flags, body.length() + 800L, body, null, List.of(), buyerAlias,
                order, notice, null);
    }

    private String body(int words) {
        StringBuilder b = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
        }
        return b.toString();
    }

    private List<Timing> measure(InboxOperations inbox) {
        List<MessageSummary> all = inbox.page(InboxFilter.ALL, null, PAGE);
        MessageSummary some = all.get(all.size() / 2);
        Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
        for (InboxFilter filter : InboxFilter.values()) {
            queries.put("first page: " + name(filter), () -> inbox.page(filter, null, PAGE).size());
        }
        queries.put("first page oldest first: resp. needed", () -> inbox.page(InboxFilter.RESPONSE_NEEDED,
                com.relaydesk.model.ListOrder.OLDEST_FIRST, null, PAGE).size());
        MessageSummary deep = deepRow(inbox);
        queries.put("page 200 rows deep: all", () -> inbox.page(InboxFilter.ALL, deep, PAGE).size());
        queries.put("counts of the three views", () -> inbox.counts().size());
        queries.put("open one message", () -> inbox.detail(some.id()).isPresent() ? 1 : 0);
        queries.put("conversation of a buyer", () -> inbox.conversation(some.buyerAlias()).size());
        queries.put("search common word: parcel", () -> inbox.search("parcel", PAGE).size());
        queries.put("search two words: broken zipper", () -> inbox.search("broken zipper", PAGE).size());
        queries.put("search prefix: Liefer", () -> inbox.search("Liefer", PAGE).size());
        queries.put("search order ID", () -> inbox.search(some.orderId(), PAGE).size());
        queries.put("search alias", () -> inbox.search(some.buyerAlias(), PAGE).size());
        queries.put("search in resp. needed: parcel", () -> inbox.search(InboxFilter.RESPONSE_NEEDED, "parcel", PAGE).size());
        queries.put("search in resp. needed: zipper", () -> inbox.search(InboxFilter.RESPONSE_NEEDED, "zipper", PAGE).size());
        queries.put("search in sent: parcel", () -> inbox.search(InboxFilter.SENT, "parcel", PAGE).size());
        // the worst case: a common word in a short list walks every match of the index
        queries.put("search in reported: parcel", () -> inbox.search(InboxFilter.REPORTED, "parcel", PAGE).size());
        List<Timing> timings = new ArrayList<>();
        for (Map.Entry<String, Supplier<Integer>> q : queries.entrySet()) {
            timings.add(time(q.getKey(), q.getValue()));
        }
        return timings;
    }

    private MessageSummary deepRow(InboxOperations inbox) {
        MessageSummary last = null;
        for (int p = 0; p < 4; p++) {
            List<MessageSummary> page = inbox.page(InboxFilter.ALL, last, PAGE);
            if (page.isEmpty()) {
                break;
            }
            last = page.get(page.size() - 1);
        }
        return last;
    }

    private Timing time(String name, Supplier<Integer> query) {
        for (int w = 0; w < Math.min(5, runs); w++) {
            query.get();
        }
        double[] ms = new double[runs];
        int rows = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            rows = query.get();
            ms[r] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(name, ms[runs / 2], ms[runs - 1], rows);
    }

    private static String name(InboxFilter filter) {
        return filter.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
