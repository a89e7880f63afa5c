package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        CommandLine cli = RelayDeskCli.create((folder, log) -> 0);
        // The lint subcommand reads standard input through the stream it is given, so tests can feed it.
        CommandLine lint = cli.getSubcommands().get("lint");
        CommandLine replaced = new CommandLine(new LintCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.getCommandSpec().removeSubcommand("lint");
        cli.addSubcommand("lint", replaced);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertTrue(lint != null);
        return cli.execute(args);
    }

    private Path eml(String name, String headers, String body) throws Exception {
        return Files.writeString(temp.resolve(name), "From: Seller <seller@example.org>\r\n"
                + "To: x7yq2kd9mzw1f0a@marketplace.amazon.co.uk\r\n" + headers
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body.replace("\n", "\r\n"));
    }

    @Test
    void aCleanReplyExitsZero() throws Exception {
        Path file = eml("ok.eml", "Subject: Re: size\r\nIn-Reply-To: <q1@example>\r\n", "Hello Anna, it is a true size 42.\n");
        assertEquals(0, run("", "lint", file.toString()), out + "" + err);
        assertTrue(out.toString().contains("0 blocking, 0 warnings"), out.toString());
    }

    @Test
    void aBlockedMessageExitsTwoWithACaretUnderThePhoneNumber() throws Exception {
        Path file = eml("phone.eml", "Subject: Re: help\r\nIn-Reply-To: <q1@example>\r\n",
                "Hello,\nplease call us on 030 12345678 today.\n");
        assertEquals(2, run("", "lint", file.toString()));
        String text = out.toString();
        assertTrue(text.contains("text 2:19: block C6"), text);
        assertTrue(text.contains("  please call us on 030 12345678 today.\n                    ^^^^^^^^^^^^\n"), text);
    }

    @Test
    void aQuoteIsSparedOnlyWhenTheBuyersMessageIsGivenAndSaysIt() throws Exception {
        Path reply = eml("reply.eml", "Subject: Re: call me\r\nIn-Reply-To: <q1@example>\r\n",
                "Hello Anna, we can only help here: it ships today.\n\n> Please call me on 07700 900123.\n");
        Path buyer = eml("buyer.eml", "Subject: call me\r\n", "Hi,\nplease call me on 07700 900123.\nAnna\n");
        Path other = eml("other.eml", "Subject: size\r\n", "Is it a true size 42?\n");

        assertEquals(2, run("", "lint", reply.toString()), out.toString());
        assertTrue(out.toString().contains("does not have the buyer's message"), out.toString());
        assertEquals(0, run("", "lint", "--buyer-message", buyer.toString(), reply.toString()), out.toString());
        assertEquals(2, run("", "lint", "--buyer-message", other.toString(), reply.toString()), out.toString());
        assertEquals(LintCommand.EXIT_NO_INPUT, run("", "lint", "--buyer-message", temp.resolve("none.eml").toString(),
                reply.toString()));
        assertTrue(err.toString().contains("none.eml"), err.toString());
    }

    @Test
    void warningsOnlyExitOne() throws Exception {
        Path file = eml("warn.eml", "Subject: Your engraving\r\n", "Hello, which initials should we engrave on the wallet?\n");
        assertEquals(1, run("", "lint", "--reason", "customization", file.toString()), out.toString());
        assertTrue(out.toString().contains("warn C13"), out.toString());
    }

    @Test
    void withoutInReplyToTheMessageCountsAsUnsolicitedAndReplyOverridesIt() throws Exception {
        Path file = eml("shipped.eml", "Subject: Your order\r\n", "Good news: your order has been shipped today.\n");
        assertEquals(2, run("", "lint", file.toString()));
        assertTrue(out.toString().contains("block C2"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("", "lint", "--reply", file.toString()), out.toString());
    }

    @Test
    void jsonOutputCarriesTheFindings() throws Exception {
        Path file = eml("review.eml", "Subject: Re: thanks\r\nIn-Reply-To: <q1@example>\r\n",
                "Glad it arrived! We'd love to hear your feedback.\n");
        assertEquals(2, run("", "lint", "--json", file.toString()));
        assertTrue(out.toString().startsWith("{\"source\":"), out.toString());
        assertTrue(out.toString().contains("\"rule\":\"C3\""), out.toString());
    }

    @Test
    void aMessageOnStandardInputIsRead() {
        String message = "Subject: Re: help\r\nIn-Reply-To: <a@b>\r\n\r\nMail me at anna@myshop.de\r\n";
        assertEquals(2, run(message, "lint", "-"));
        assertTrue(out.toString().contains("<stdin>"), out.toString());
    }

    @Test
    void aMissingFileIsItsOwnExitCodeWithOneSentence() {
        assertEquals(LintCommand.EXIT_NO_INPUT, run("", "lint", temp.resolve("nope.eml").toString()));
        assertTrue(err.toString().contains("cannot read") && err.toString().contains("no such file"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void badOptionsAreAUsageErrorWithTheirOwnExitCode() throws Exception {
        Path file = eml("x.eml", "Subject: x\r\n", "x\n");
        assertEquals(LintCommand.EXIT_USAGE, run("", "lint", "--reason", "make-money", file.toString()));
        assertTrue(err.toString().contains("Unknown contact reason 'make-money'"), err.toString());
        assertTrue(err.toString().contains("additional-information-required"), err.toString());
        assertEquals(LintCommand.EXIT_USAGE, run("", "lint", "--reply", "--unsolicited", file.toString()));
        assertEquals(LintCommand.EXIT_USAGE, run("", "lint"));
    }

    @Test
    void benchIsAParentWhoseLintSubcommandPrintsMedianAndP95() {
        assertEquals(0, run("", "bench", "lint", "--warmup", "5", "--runs", "20"));
        assertTrue(out.toString().contains("median") && out.toString().contains("p95"), out.toString());
        assertTrue(out.toString().contains("HTML message"), out.toString());
    }
}
