package com.relaydesk.platform.secrets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The desktop's keyring on Linux (GNOME Keyring, KWallet) through the freedesktop Secret
 * Service, by way of libsecret's {@code secret-tool}. The secret travels on stdin/stdout,
 * never on a command line another user could read.
 */
public final class SecretServiceStore implements SecretStore {

    private static final String SERVICE = "relaydesk";
    private final String tool;

    SecretServiceStore(String tool) {
        this.tool = tool;
    }

    /** The keyring when this desktop has one: {@code secret-tool} installed and a session bus running. */
    public static Optional<SecretServiceStore> ifAvailable() {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return Optional.empty();
        }
        return List.of("/usr/bin/secret-tool", "/usr/local/bin/secret-tool").stream()
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst()
                .map(SecretServiceStore::new);
    }

    @Override
    public void put(String key, char[] secret) {
        byte[] bytes = new String(secret).getBytes(StandardCharsets.UTF_8);
        run(bytes, tool, "store", "--label=RelayDesk " + key, "service", SERVICE, "account", key);
    }

    @Override
    public Optional<char[]> get(String key) {
        String found = run(null, tool, "lookup", "service", SERVICE, "account", key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.toCharArray());
    }

    @Override
    public void remove(String key) {
        run(null, tool, "clear", "service", SERVICE, "account", key);
    }

    @Override
    public String description() {
        return "the desktop keyring (Secret Service)";
    }

    private static String run(byte[] input, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SecretStoreException("The desktop keyring did not answer within 30 s. Unlock it and try again.");
            }
            // lookup exits 1 when nothing is stored: that is an empty answer, not a failure
            if (process.exitValue() != 0 && !(command[1].equals("lookup") && out.isEmpty())) {
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new SecretStoreException("The desktop keyring refused: " + err + ". Unlock it and try again.");
            }
            return out;
        } catch (IOException e) {
            throw new SecretStoreException("The desktop keyring could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Interrupted while talking to the desktop keyring.", e);
        }
    }
}
