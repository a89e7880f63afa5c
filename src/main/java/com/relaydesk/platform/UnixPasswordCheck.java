package com.relaydesk.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS password on Linux, through PAM's setgid helper {@code unix_chkpwd <user> nullok}: it reads
 * the password from stdin (ended by a NUL byte) and exits 0 when it is right. The helper reads the
 * shadow file for the calling user only — for anyone else it drops its privileges and fails — so
 * RelayDesk needs no root and cannot be used to guess other accounts' passwords.
 */
public final class UnixPasswordCheck implements OsAccountPassword {

    private static final List<String> HELPERS = List.of("/usr/sbin/unix_chkpwd", "/sbin/unix_chkpwd");
    /** PAM's limit for one answer (PAM_MAX_RESP_SIZE); the helper ignores anything longer. */
    private static final int MAX_BYTES = 512;

    private final Path helper;
    private final String currentUser;

    /** @param currentUser the OS account to bind profiles to; tests give a throwaway account's name */
    public UnixPasswordCheck(Path helper, String currentUser) {
        this.helper = helper;
        this.currentUser = currentUser;
    }

    /** The check on a Linux that has the helper, else {@link OsAccountPassword#NONE}. */
    public static OsAccountPassword ifAvailable() {
        return helper().<OsAccountPassword>map(path -> new UnixPasswordCheck(path,
                // the JVM reads user.name from the real uid (getpwuid); the helper itself refuses other accounts
                System.getProperty("user.name", ""))).orElse(NONE);
    }

    /** PAM's helper when this is Linux and it is installed. */
    public static Optional<Path> helper() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return HELPERS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Override
    public boolean available() {
        return Files.isExecutable(helper);
    }

    @Override
    public String currentUser() {
        return currentUser;
    }

    @Override
    public boolean matches(String user, char[] password) {
        if (user == null || user.isBlank() || user.startsWith("-") || password == null || password.length == 0) {
            return false;
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[Math.min(encoded.remaining(), MAX_BYTES) + 1]; // the helper reads up to a NUL
        encoded.get(bytes, 0, bytes.length - 1);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Process process = new ProcessBuilder(helper.toString(), user, "nullok")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(bytes);
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UserFacingException("Checking the computer password took longer than 15 s. Try again.");
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new UserFacingException("The computer password could not be checked (" + helper + ": "
                    + e.getMessage() + "). Use a PIN instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
