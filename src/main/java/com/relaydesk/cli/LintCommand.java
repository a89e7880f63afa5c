package com.relaydesk.cli;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.JsonReportWriter;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.Linter;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.lint.TextReportWriter;
import com.relaydesk.lint.text.BuyerWords;
import com.relaydesk.mail.FetchedMessage.FetchedAttachment;
import com.relaydesk.mail.mime.MimeParser;
import com.relaydesk.mail.mime.ParsedMessage;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code relaydesk lint [--reply|--unsolicited] [--reason R] [--buyer-message FILE.eml] [--json] FILE.eml|-}: the pre-send
 * checks on a message file, with findings, line/column and a caret under each span (or JSON).
 */
@Command(name = "lint", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = LintCommand.EXIT_USAGE,
        description = {"Check a message against the relay rules before sending it.",
            "Without --reply/--unsolicited, a message with In-Reply-To counts as a reply.",
            "Without --reason, it counts as sent from your own mail client, where [Important] applies."},
        footer = {"", "Exit codes: 0 clean, 1 warnings only, 2 blocked, 64 bad options, 66 unreadable message file."})
final class LintCommand implements Callable<Integer> {

    /** Exit codes beyond the report's own (0 clean, 1 warnings, 2 blocked), as sysexits.h names them. */
    static final int EXIT_USAGE = 64;
    static final int EXIT_NO_INPUT = 66;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Kind kind;

    static final class Kind {
        @Option(names = "--reply", required = true, description = "The message answers a buyer (a reply on their thread).")
        boolean reply;

        @Option(names = "--unsolicited", required = true, description = "The seller writes first.")
        boolean unsolicited;
    }

    @Option(names = "--reason", paramLabel = "R",
            description = "Seller Central contact reason in kebab case: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ReasonNames.class)
    private String reason;

    @Option(names = "--order-status", paramLabel = "S",
            description = "Status of the order the message is about: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StatusNames.class)
    private String orderStatus;

    @Option(names = "--buyer-message", paramLabel = "FILE.eml",
            description = {"The buyer's message this one answers (RFC 822 .eml). Only what it says counts as quoted "
                    + "buyer text (C11); without it every quoted line is checked like your own."})
    private Path buyerMessage;

    @Option(names = "--json", description = "Print the findings as JSON.")
    private boolean json;

    @Parameters(paramLabel = "FILE.eml|-", description = "The message (RFC 822 .eml); - reads standard input.")
    private String file;

    private final InputStream stdin;

    LintCommand() {
        this(System.in);
    }

    LintCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        ContactReason contactReason = parseReason();
        OrderStatus status = parseStatus();
        byte[] raw;
        try {
            raw = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("relaydesk lint: cannot read " + (file.equals("-") ? "standard input" : file) + " ("
                    + reasonOf(e) + "). Check the file name and that you may read it.");
            err.flush();
            return EXIT_NO_INPUT;
        }
        List<String> buyerWords;
        try {
            buyerWords = buyerWords();
        } catch (IOException | RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("relaydesk lint: cannot read the buyer's message " + buyerMessage + " (" + reasonOf(e)
                    + "). Check the file name and that you may read it.");
            err.flush();
            return EXIT_NO_INPUT;
        }
        Draft draft = toDraft(new MimeParser().parse(raw), contactReason, status).withQuotedBuyerText(buyerWords);
        LintReport report = Linter.standard().lint(draft);
        PrintWriter out = spec.commandLine().getOut();
        String source = file.equals("-") ? "<stdin>" : file;
        if (json) {
            new JsonReportWriter().write(report, source, out);
        } else {
            new TextReportWriter().write(report, source, out);
        }
        return report.exitCode();
    }

    private Draft toDraft(ParsedMessage message, ContactReason contactReason, OrderStatus status) {
        MessageKind messageKind = kind != null && kind.reply ? MessageKind.REPLY
                : kind != null && kind.unsolicited ? MessageKind.UNSOLICITED
                : message.inReplyTo() != null ? MessageKind.REPLY : MessageKind.UNSOLICITED;
        String html = message.htmlBody();
        String text = message.textBody();
        if (html != null && text != null && text.equals(Jsoup.parse(html).text())) {
            text = null; // the parser derived it from the HTML; lint the HTML the buyer sees
        }
        List<Attachment> attachments = message.attachments().stream()
                .map(LintCommand::attachment).toList();
        return new Draft(message.subject(), text, html, attachments, messageKind, contactReason, status, List.of(), false);
    }

    /** What the buyer wrote in the message answered: its subject and text, else the words of its HTML; none without the option. */
    private List<String> buyerWords() throws IOException {
        if (buyerMessage == null) {
            return List.of();
        }
        ParsedMessage message = new MimeParser().parse(Files.readAllBytes(buyerMessage));
        return BuyerWords.ofMessage(message.subject(), message.textBody(), message.htmlBody());
    }

    private static Attachment attachment(FetchedAttachment a) {
        return new Attachment(a.fileName(), a.content() == null ? new byte[0] : a.content());
    }

    private ContactReason parseReason() {
        if (reason == null) {
            return null;
        }
        return ContactReason.fromKebabName(reason.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Unknown contact reason '" + reason + "'. Use one of: " + String.join(", ", new ReasonNames())));
    }

    private OrderStatus parseStatus() {
        if (orderStatus == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(orderStatus.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Unknown order status '" + orderStatus + "'. Use one of: "
                    + String.join(", ", new StatusNames()));
        }
    }

    private static String reasonOf(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(Path.of(e.getMessage() == null ? "." : e.getMessage()))) {
            return "it is a folder";
        }
        return e.getClass().getSimpleName();
    }

    static final class ReasonNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ContactReason.values()).map(ContactReason::kebabName).iterator();
        }
    }

    static final class StatusNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(OrderStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toList()).iterator();
        }
    }
}
