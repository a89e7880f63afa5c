package com.relaydesk.relay.demo;

import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RelayWorld;
import com.relaydesk.relay.RunningRelay;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How fast the relay is for the app and the tests that start it often: generating the demo world,
 * starting the relay with it, one message through the rules, reading the INBOX over IMAP.
 * The first run in a process is the cold figure (class loading, no JIT yet).
 */
public final class RelayBenchmark {

    /** One measured step: the first (cold) run and the median of the others, in milliseconds. */
    public record Figure(String step, double coldMs, double medianMs) {
    }

    private RelayBenchmark() {
    }

    public static List<Figure> run(int runs) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(2, runs + 1); i++) {
            once(times);
        }
        List<Figure> figures = new ArrayList<>();
        times.forEach((step, ms) -> figures.add(new Figure(step, ms.get(0), median(ms.subList(1, ms.size())))));
        return figures;
    }

    private static void once(Map<String, List<Double>> times) {
        long t0 = System.nanoTime();
        DemoWorld world = DemoWorld.generate(DemoRelay.DEFAULT_SEED, Instant.now());
        RelayWorld relayWorld = world.relayWorld();
        long t1 = System.nanoTime();
        try (RunningRelay relay = EmbeddedRelay.start(RelayConfig.of(relayWorld))) {
            long t2 = System.nanoTime();
            send(relay, world.buyers().stream().filter(b -> !b.optedOut() && !b.unreachable()).findFirst()
                    .orElseThrow().alias());
            long t3 = System.nanoTime();
            int count = inboxCount(relay);
            long t4 = System.nanoTime();
            if (count == 0) {
                throw new IllegalStateException("the demo INBOX is empty");
            }
            record(times, "generate the demo world", t1 - t0);
            record(times, "start the relay with it", t2 - t1);
            record(times, "one message through SMTP + rules", t3 - t2);
            record(times, "read the INBOX count over IMAP", t4 - t3);
        } catch (MessagingException e) {
            throw new IllegalStateException("the benchmark could not talk to its relay: " + e.getMessage(), e);
        }
        RelayWorld small = new RelayWorld(relayWorld.seller(), relayWorld.buyers().subList(0, 3), List.of(), List.of());
        long t5 = System.nanoTime();
        try (RunningRelay relay = EmbeddedRelay.start(RelayConfig.of(small))) {
            record(times, "start a relay with a test-size world", System.nanoTime() - t5);
        }
    }

    private static void send(RunningRelay relay, String alias) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", relay.host());
        props.put("mail.smtp.port", Integer.toString(relay.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(relay.sellerAddress()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(alias));
        message.setSubject("Your order");
        message.setText("It ships today.");
        Transport.send(message);
    }

    /** How many messages the seller's INBOX holds, read over IMAP as a mail program would (DemoRelayTest uses it too). */
    static int inboxCount(RunningRelay relay) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(relay.host(), relay.imapPort(), relay.sellerAddress(), relay.sellerPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.getMessageCount();
            inbox.close(false);
            return count;
        } finally {
            store.close();
        }
    }

    private static void record(Map<String, List<Double>> times, String step, long nanos) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(nanos / 1e6);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
