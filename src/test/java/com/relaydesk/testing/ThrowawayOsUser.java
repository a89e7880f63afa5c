package com.relaydesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * An OS account made for one test, with a known password, removed again on close: the OS-password
 * unlock is checked against the real PAM helper, never a stand-in. Needs root and the shadow tools;
 * otherwise the test is skipped and says why.
 */
public final class ThrowawayOsUser implements AutoCloseable {

    private static final Path USERADD = Path.of("/usr/sbin/useradd");
    private static final Path CHPASSWD = Path.of("/usr/sbin/chpasswd");
    private static final Path USERDEL = Path.of("/usr/sbin/userdel");
    private static final Path HELPER = Path.of("/usr/sbin/unix_chkpwd");

    private final String name;
    private final String password;

    private ThrowawayOsUser(String name, String password) {
        this.name = name;
        this.password = password;
    }

    /** Creates the account, or skips the calling test with the reason. */
    public static ThrowawayOsUser createOrSkip() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: making a throwaway OS account needs root (this runs as " + System.getProperty("user.name")
                        + ")");
        for (Path tool : List.of(USERADD, CHPASSWD, USERDEL, HELPER)) {
            Assumptions.assumeTrue(Files.isExecutable(tool), "skipped: " + tool + " is missing (Debian: apt-get install "
                    + "passwd libpam-modules-bin)");
        }
        HexFormat hex = HexFormat.of();
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = "rdtest" + hex.formatHex(random);
        new SecureRandom().nextBytes(random);
        String password = "Pässwort-" + hex.formatHex(random);
        run(null, USERADD.toString(), "--no-create-home", "--no-user-group", "--shell", "/usr/sbin/nologin", name);
        ThrowawayOsUser user = new ThrowawayOsUser(name, password);
        try {
            run(name + ":" + password + "\n", CHPASSWD.toString());
        } catch (RuntimeException e) {
            user.close();
            throw e;
        }
        return user;
    }

    public String name() {
        return name;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        run(null, USERDEL.toString(), name);
    }

    private static void run(String input, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
