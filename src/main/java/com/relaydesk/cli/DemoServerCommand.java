package com.relaydesk.cli;

import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RelayConfig;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.relay.tls.DemoServerCertificate;
import com.relaydesk.relay.tls.SubjectNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code relaydesk demo-server}: the offline relay with the demo world, standalone, for trainers
 * and any mail client. Runs until Ctrl+C or "quit"; "reset" starts the world over.
 */
@Command(name = "demo-server", mixinStandardHelpOptions = true,
        description = {"Run the offline relay (IMAP + SMTP on loopback; over TLS when --bind puts it on the network) "
                + "with a simulated demo world.",
            "Prints the connection settings and the seller's login. While it runs, type \"reset\" to start the "
                    + "world over and \"quit\" to stop (or press Ctrl+C)."})
final class DemoServerCommand implements Callable<Integer> {

    static final int DEFAULT_IMAP_PORT = 3143;
    static final int DEFAULT_SMTP_PORT = 3025;

    @Option(names = "--imap-port", paramLabel = "PORT", defaultValue = "" + DEFAULT_IMAP_PORT,
            description = "IMAP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int imapPort;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "" + DEFAULT_SMTP_PORT,
            description = "SMTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int smtpPort;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoRelay.DEFAULT_SEED,
            description = "Which demo world: the same seed gives the same buyers, orders and messages (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", paramLabel = "PER_HOUR", defaultValue = "" + DemoRelay.DEFAULT_INQUIRIES_PER_HOUR,
            description = "New buyer inquiries per hour (default ${DEFAULT-VALUE}; 0 for none).")
    double rate;

    @Option(names = "--reset",
            description = "Remove the files an earlier demo server left in the data folder before starting "
                    + "(its TLS certificate stays, so students need not trust a new one).")
    boolean reset;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = RelayConfig.LOOPBACK,
            description = "Address to listen on (default ${DEFAULT-VALUE}, this computer only). Any other address "
                    + "serves IMAP and SMTP over TLS with a certificate kept in the data folder.")
    String bind;

    /** The network server's certificate, loaded once: "reset" restarts the world with the same key. */
    private DemoServerCertificate.Loaded certificate;

    @ParentCommand
    private RelayDeskCommand parent;

    @Spec
    private CommandSpec spec;

    private final InputStream console;

    DemoServerCommand() {
        this(System.in);
    }

    /** Tests type their commands through {@code console}. */
    DemoServerCommand(InputStream console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Instant called = Instant.now();
        DataFolder folder = parent.dataFolder();
        parent.logFiles(folder);
        Path demoFolder = folder.root().resolve("demo-server");
        if (reset) {
            deleteRecursivelyExcept(demoFolder, demoFolder.resolve(DemoServerCertificate.FOLDER));
        }
        if (!onLoopback(bind)) {
            certificate = DemoServerCertificate.loadOrCreate(demoFolder.resolve(DemoServerCertificate.FOLDER),
                    SubjectNames.ofThisMachine(bind), Instant.now());
        }
        PrintWriter out = spec.commandLine().getOut();
        RunningRelay[] relay = {start(demoFolder)};
        Instant ready = Instant.now();
        printSettings(out, relay[0]);
        out.printf(Locale.ROOT, "Ready %d ms after the command started (%d ms after the JVM started).%n",
                Duration.between(called, ready).toMillis(), Duration.between(started, ready).toMillis());
        out.println("Type \"reset\" and Enter to start the demo world over, \"quit\" or Ctrl+C to stop.");
        out.flush();

        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> closeQuietly(relay[0]), "demo-server-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread input = new Thread(() -> readCommands(out, demoFolder, relay, stop), "demo-server-console");
        input.setDaemon(true);
        input.start();
        try {
            stop.await();
        } finally {
            synchronized (relay) {
                closeQuietly(relay[0]);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or ran: the relay is closed either way.
            }
        }
        out.println("Demo relay stopped.");
        out.flush();
        return 0;
    }

    private RunningRelay start(Path demoFolder) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new UserFacingException("--rate must be 0 or more new inquiries per hour, not " + rate + ".");
        }
        RelayConfig config = DemoRelay.config(seed, rate, Instant.now())
                .withPorts(imapPort, smtpPort)
                .withBindAddress(bind)
                .withOrdersFile(demoFolder.resolve("orders.tsv"));
        return EmbeddedRelay.start(certificate == null ? config : config.withTls(certificate.identity()));
    }

    /** Reads "reset" and "quit" from the console; at end of input the server keeps running. */
    private void readCommands(PrintWriter out, Path demoFolder, RunningRelay[] relay, CountDownLatch stop) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String command = line.trim().toLowerCase(Locale.ROOT);
                if (command.equals("quit") || command.equals("stop") || command.equals("exit")) {
                    stop.countDown();
                    return;
                }
                if (command.equals("reset")) {
                    synchronized (relay) {
                        int imap = relay[0].imapPort();
                        int smtp = relay[0].smtpPort();
                        relay[0].close();
                        imapPort = imap;
                        smtpPort = smtp;
                        relay[0] = start(demoFolder);
                    }
                    out.println("The demo world is back to its start (seed " + seed + "). Mail clients reconnect by themselves"
                            + " or after Get Messages.");
                    out.flush();
                } else if (!command.isEmpty()) {
                    out.println("Commands: reset, quit");
                    out.flush();
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("relaydesk demo-server: the console closed (" + e.getMessage()
                    + "); the server keeps running until Ctrl+C.");
        }
    }

    private void printSettings(PrintWriter out, RunningRelay relay) {
        out.printf(Locale.ROOT, "RelayDesk demo relay is running: seed %d, %s new inquiries per hour.%n%n", seed,
                rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate));
        String security = certificate == null ? "no encryption" : "SSL/TLS";
        String host = certificate == null ? relay.host() : DemoServerAddresses.shown(relay.host(), certificate);
        out.printf(Locale.ROOT, "  IMAP server   %s  port %d  (%s, normal password)%n", host, relay.imapPort(), security);
        out.printf(Locale.ROOT, "  SMTP server   %s  port %d  (%s, normal password)%n", host, relay.smtpPort(), security);
        out.printf(Locale.ROOT, "  Username      %s%n", relay.sellerAddress());
        out.printf(Locale.ROOT, "  Password      %s%n", relay.sellerPassword());
        out.printf(Locale.ROOT, "  Orders file   %s%n", relay.ordersFile().toAbsolutePath());
        out.printf(Locale.ROOT, "  Buyers        each buyer alias is a mailbox too, password \"%s\"%n%n", relay.buyerPassword());
        if (certificate != null) {
            DemoServerAddresses.printCertificate(out, certificate);
        }
    }

    /** Loopback stays plain: tests and each trainee's own Thunderbird rely on it, and nothing leaves the machine. */
    static boolean onLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // PortCheck says in one sentence that it is no address of this computer
        }
    }

    private static void closeQuietly(RunningRelay relay) {
        if (relay != null) {
            relay.close();
        }
    }

    private static void deleteRecursivelyExcept(Path folder, Path kept) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.startsWith(kept) && !kept.startsWith(path)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("Could not remove the earlier demo files in " + folder + " ("
                    + e.getMessage() + "); delete the folder by hand and start again.", e);
        }
    }
}
