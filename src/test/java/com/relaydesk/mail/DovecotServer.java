package com.relaydesk.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Dovecot on loopback for tests that need CONDSTORE/QRESYNC (GreenMail has neither):
 * started by {@code src/test/dovecot/start-dovecot.sh} in its own folder, on free ports, with
 * the users seller/secret and umlaut/Grüße-Straße-ä1 (see {@link #umlautAccount}) and a SPECIAL-USE \Sent folder. Absent Dovecot, {@link #available()}
 * is false and tests skip with a message.
 */
public final class DovecotServer implements AutoCloseable {

    public static final String SKIP_MESSAGE = "Dovecot is not installed (Debian package dovecot-imapd): "
            + "the CONDSTORE/QRESYNC tests are skipped. .ci/run installs it.";

    private final Path root;
    private final int port;
    private final int tlsPort;
    private final long pid;

    private DovecotServer(Path root, int port, int tlsPort, long pid) {
        this.root = root;
        this.port = port;
        this.tlsPort = tlsPort;
        this.pid = pid;
    }

    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/usr/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "dovecot"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin/dovecot"));
    }

    public static DovecotServer start() throws IOException, InterruptedException {
        // Not @TempDir: Dovecot runs as another user and needs to traverse the folder.
        Path root = Files.createTempDirectory(Path.of("/tmp"), "relaydesk-dovecot-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = freePort();
        int tlsPort = freePort();
        Process p = new ProcessBuilder("bash", Path.of("src/test/dovecot/start-dovecot.sh").toAbsolutePath().toString(),
                root.toString(), Integer.toString(port), Integer.toString(tlsPort))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("Dovecot did not start: " + output);
        }
        String[] lines = output.split("\n");
        return new DovecotServer(root, port, tlsPort, Long.parseLong(lines[lines.length - 1].trim()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        return tlsPort;
    }

    public Path certificate() {
        return root.resolve("tls/cert.pem");
    }

    public MailAccount account(Security security) {
        return MailAccount.of("127.0.0.1", security == Security.TLS ? tlsPort : port, "seller", "secret", security)
                .withTrustedCertificate(certificate());
    }

    /** The second login of the same mailbox, whose password is not ASCII. */
    public static final String UMLAUT_USER = "umlaut";
    public static final String UMLAUT_PASSWORD = "Grüße-Straße-ä1";

    public MailAccount umlautAccount(Security security) {
        return MailAccount.of("127.0.0.1", security == Security.TLS ? tlsPort : port, UMLAUT_USER, UMLAUT_PASSWORD, security)
                .withTrustedCertificate(certificate());
    }

    public ServerHand hand() throws Exception {
        return new ServerHand("127.0.0.1", port, "seller", "secret");
    }

    @Override
    public void close() throws Exception {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy();
            h.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
        });
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
