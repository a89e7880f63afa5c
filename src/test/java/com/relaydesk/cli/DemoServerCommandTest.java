package com.relaydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code relaydesk demo-server} in-process, read by a stock IMAP client (Python's imaplib). */
class DemoServerCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli(PipedInputStream console) {
        CommandLine cli = new CommandLine(new RelayDeskCommand((folder, log) -> 0))
                .addSubcommand(new DemoServerCommand(console));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, c, parsed) -> RelayDeskCli.reportFailure(e, c.getErr(), null));
        return cli;
    }

    private String awaitOutput(String marker, int occurrences) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String text = out.toString();
            if (text.split(Pattern.quote(marker), -1).length - 1 >= occurrences) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no \"" + marker + "\" in:\n" + out + "\n" + err);
    }

    private static String python() {
        for (String candidate : new String[] {"python3", "python"}) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }

    private String readInbox(String python, String host, String port, String user, String password) throws Exception {
        Path script = dataDir.resolve("imap_read_inbox.py");
        try (var in = getClass().getResourceAsStream("imap_read_inbox.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder(python, script.toString(), host, port, user, password)
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "imaplib finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    @Test
    void aStockImapClientLogsInAndReadsTheDemoInboxAndResetStartsOver() throws Exception {
        String python = python();
        Assumptions.assumeTrue(python != null, "python3 is needed for the stock IMAP client");
        PipedInputStream console = new PipedInputStream();
        PipedOutputStream typing = new PipedOutputStream(console);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(() -> cli(console).execute("--data-dir", dataDir.toString(),
                    "demo-server", "--imap-port", "0", "--smtp-port", "0", "--seed", "7", "--rate", "0"));
            String settings = awaitOutput("Type \"reset\"", 1);
            Matcher imap = Pattern.compile("IMAP server\\s+(\\S+)\\s+port (\\d+)").matcher(settings);
            Matcher user = Pattern.compile("Username\\s+(\\S+)").matcher(settings);
            Matcher password = Pattern.compile("Password\\s+(\\S+)").matcher(settings);
            Matcher orders = Pattern.compile("Orders file\\s+(.+)").matcher(settings);
            assertTrue(imap.find() && user.find() && password.find() && orders.find(), settings);
            assertTrue(settings.contains("SMTP server"), settings);
            assertTrue(Files.readString(Path.of(orders.group(1).trim())).startsWith("amazon-order-id\t"));

            String first = readInbox(python, imap.group(1), imap.group(2), user.group(1), password.group(1));
            Matcher count = Pattern.compile("COUNT (\\d+)").matcher(first);
            assertTrue(count.find(), first);
            assertTrue(Integer.parseInt(count.group(1)) >= 250, first);
            assertTrue(first.contains("Subject:"), first);

            typing.write("reset\n".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            awaitOutput("back to its start", 1);
            String second = readInbox(python, imap.group(1), imap.group(2), user.group(1), password.group(1));
            assertTrue(second.contains("COUNT " + count.group(1)), "the same world again:\n" + second);

            typing.write("quit\n".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS));
            assertTrue(out.toString().contains("Demo relay stopped."));
        } finally {
            typing.close();
            runner.shutdownNow();
        }
    }

    @Test
    void aTakenPortIsOneSentenceWithExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                PipedInputStream console = new PipedInputStream()) {
            int code = cli(console).execute("--data-dir", dataDir.toString(), "demo-server",
                    "--imap-port", Integer.toString(taken.getLocalPort()), "--smtp-port", "0");
            assertEquals(1, code);
            String message = err.toString();
            assertTrue(message.startsWith("relaydesk: The IMAP port " + taken.getLocalPort()), message);
            assertTrue(message.contains("already in use"), message);
            assertFalse(message.contains("\tat "), message);
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void resetRemovesTheFilesOfAnEarlierRun() throws Exception {
        Path old = Files.createDirectories(dataDir.resolve("demo-server")).resolve("stale.tsv");
        Files.writeString(old, "old");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                PipedInputStream console = new PipedInputStream()) {
            // A taken port makes the run stop right after --reset did its work.
            cli(console).execute("--data-dir", dataDir.toString(), "demo-server", "--reset",
                    "--imap-port", Integer.toString(taken.getLocalPort()));
        }
        assertFalse(Files.exists(old));
    }
}
