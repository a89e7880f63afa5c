package com.relaydesk.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linter against the labelled corpus in {@code src/test/resources/lint-corpus}: prints
 * precision and recall per rule, fails on any blocking finding in a message labelled fine and on
 * recall under 95% for any rule that blocks.
 */
class LintCorpusTest {

    static final List<String> FILES = List.of("en.txt", "de.txt", "fr.txt", "es.txt", "it.txt", "html.txt", "context.txt", "hard.txt");
    private static final double MIN_BLOCKING_RECALL = 0.95;

    record Case(String id, String expect, Map<RuleId, Severity> labels, Draft draft, String note) {
        boolean fine() {
            return labels.isEmpty();
        }
    }

    private static List<Case> corpus;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void lintTheCorpus() throws IOException {
        corpus = new ArrayList<>();
        for (String file : FILES) {
            corpus.addAll(parse(file, read(file)));
        }
    }

    @Test
    void theCorpusIsLargeAndBalancedEnough() {
        long fine = corpus.stream().filter(Case::fine).count();
        long block = corpus.stream().filter(c -> c.labels().containsValue(Severity.BLOCK)).count();
        long warn = corpus.size() - fine - block;
        System.out.printf("lint corpus: %d messages, %d fine, %d block, %d warn%n", corpus.size(), fine, block, warn);
        assertTrue(corpus.size() >= 150, "at least 150 messages");
        assertTrue(fine >= corpus.size() * 0.3 && block >= corpus.size() * 0.3 && warn >= corpus.size() * 0.1,
                "about 40% fine, 40% block, 20% warn");
    }

    @Test
    void noFineMessageIsBlockedAndEveryBlockingRuleFindsAtLeast95Percent() {
        Linter linter = Linter.standard();
        Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class); // tp, fp, fn
        List<String> falseBlocks = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        Set<RuleId> blockingRules = EnumSet.noneOf(RuleId.class);
        for (Case c : corpus) {
            LintReport result = linter.lint(c.draft());
            Map<RuleId, Severity> found = new EnumMap<>(RuleId.class);
            for (Finding f : result.findings()) {
                if (f.severity() != Severity.INFO) {
                    found.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            if (c.fine() && result.blocked()) {
                falseBlocks.add(c.id() + " blocked by " + describe(result));
            }
            Set<RuleId> rules = new TreeSet<>(c.labels().keySet());
            rules.addAll(found.keySet());
            for (RuleId rule : rules) {
                int[] n = counts.computeIfAbsent(rule, r -> new int[3]);
                Severity expected = c.labels().get(rule);
                Severity actual = found.get(rule);
                if (expected == Severity.BLOCK) {
                    blockingRules.add(rule);
                }
                if (expected != null && actual == expected) {
                    n[0]++;
                } else if (expected != null) {
                    n[2]++;
                    misses.add(c.id() + " expected " + rule + " " + expected + ", found " + describe(result));
                    if (actual != null) {
                        n[1]++;
                    }
                } else {
                    n[1]++;
                    misses.add(c.id() + " unexpected " + rule + " " + actual + ": " + describe(result));
                }
            }
        }
        System.out.println("rule  precision  recall   (tp/fp/fn)");
        List<String> lowRecall = new ArrayList<>();
        for (Map.Entry<RuleId, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            double precision = n[0] + n[1] == 0 ? 1 : (double) n[0] / (n[0] + n[1]);
            double recall = n[0] + n[2] == 0 ? 1 : (double) n[0] / (n[0] + n[2]);
            System.out.printf(Locale.ROOT, "%-5s %8.1f%% %8.1f%%   (%d/%d/%d)%s%n", e.getKey(), precision * 100, recall * 100,
                    n[0], n[1], n[2], blockingRules.contains(e.getKey()) ? "  blocking" : "");
            if (blockingRules.contains(e.getKey()) && recall < MIN_BLOCKING_RECALL) {
                lowRecall.add(e.getKey() + String.format(Locale.ROOT, " %.1f%%", recall * 100));
            }
        }
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(falseBlocks.isEmpty(), "fine messages blocked:\n" + String.join("\n", falseBlocks));
        assertTrue(lowRecall.isEmpty(), "blocking rules under 95% recall: " + lowRecall);
    }

    private static String describe(LintReport report) {
        List<String> parts = new ArrayList<>();
        for (Finding f : report.findings()) {
            String excerpt = f.part() == Part.ATTACHMENT ? "" : " \"" + report.draft().textOf(f.part())
                    .substring(f.start(), Math.min(f.end(), f.start() + 60)).replace('\n', ' ') + "\"";
            parts.add(f.ruleId() + "/" + f.severity().name().toLowerCase(Locale.ROOT) + excerpt);
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    static String read(String file) throws IOException {
        try (InputStream in = LintCorpusTest.class.getResourceAsStream("/lint-corpus/" + file)) {
            if (in == null) {
                throw new IOException("missing corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Case> parse(String file, String content) {
        List<Case> cases = new ArrayList<>();
        String[] chunks = content.split("(?m)^### id: ");
        for (String chunk : chunks) {
            if (chunk.isBlank()) {
                continue;
            }
            int separator = chunk.indexOf("\n---\n");
            if (separator < 0) {
                throw new IllegalArgumentException(file + ": message without --- line: " + chunk.lines().findFirst().orElse(""));
            }
            String[] header = chunk.substring(0, separator).split("\n");
            String body = chunk.substring(separator + 5).replaceAll("\\s+$", "") + "\n";
            String id = header[0].strip();
            String expect = "fine";
            MessageKind kind = MessageKind.REPLY;
            ContactReason reason = null;
            OrderStatus status = null;
            String subject = "";
            String format = "text";
            String note = "";
            List<String> buyer = List.of();
            List<Attachment> attachments = new ArrayList<>();
            for (int i = 1; i < header.length; i++) {
                String line = header[i];
                int colon = line.indexOf(':');
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "expect" -> expect = value;
                    case "kind" -> kind = MessageKind.valueOf(value.toUpperCase(Locale.ROOT));
                    case "reason" -> reason = ContactReason.fromKebabName(value)
                            .orElseThrow(() -> new IllegalArgumentException(id + ": unknown reason " + value));
                    case "status" -> status = OrderStatus.valueOf(value.toUpperCase(Locale.ROOT));
                    case "subject" -> subject = value;
                    case "format" -> format = value;
                    case "note" -> note = value;
                    case "buyer" -> buyer = Stream.concat(buyer.stream(), Stream.of(value.replace("\\n", "\n"))).toList();
                    case "buyer-subject" -> buyer = Stream.concat(Stream.of(value), buyer.stream()).toList();
                    case "attach" -> {
                        String[] parts = value.split("\\s+");
                        attachments.add(new Attachment(parts[0], content(parts[1])));
                    }
                    default -> throw new IllegalArgumentException(id + ": unknown header " + key);
                }
            }
            if (body.startsWith("REPEAT:")) {
                String[] repeat = body.strip().split(":", 3);
                body = repeat[2].repeat(Integer.parseInt(repeat[1]));
            }
            Draft draft = new Draft(subject, format.equals("html") ? null : body, format.equals("html") ? body : null,
                    attachments, kind, reason, status, buyer, false);
            cases.add(new Case(id, expect, labels(id, expect), draft, note));
        }
        return cases;
    }

    private static Map<RuleId, Severity> labels(String id, String expect) {
        Map<RuleId, Severity> labels = new EnumMap<>(RuleId.class);
        if (expect.equals("fine")) {
            return labels;
        }
        for (String group : expect.split(";")) {
            String[] words = group.strip().split("\\s+");
            Severity severity = Severity.valueOf(words[0].toUpperCase(Locale.ROOT));
            for (int i = 1; i < words.length; i++) {
                labels.put(RuleId.valueOf(words[i]), severity);
            }
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException(id + ": expect names no rule");
        }
        return labels;
    }

    /** Bytes whose first bytes are those of the named kind of file. */
    static byte[] content(String kind) {
        String body = "\n" + "x".repeat(200);
        return switch (kind) {
            case "pdf" -> ("%PDF-1.4" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "exe" -> ("MZ\u0090\u0000" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "jpg" -> ("\u00ff\u00d8\u00ff\u00e0" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "png" -> ("\u0089PNG\r\n\u001a\n" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "zip" -> ("PK\u0003\u0004" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "docx" -> ("PK\u0003\u0004word/document.xml" + body).getBytes(StandardCharsets.ISO_8859_1);
            case "txt" -> ("Plain text" + body).getBytes(StandardCharsets.ISO_8859_1);
            default -> throw new IllegalArgumentException("unknown content kind " + kind);
        };
    }
}
