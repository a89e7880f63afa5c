package com.relaydesk.platform.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes the secrets file as properties: atomically (a crash leaves the old file or
 * the new one, never half of each), readable by the OS user only. Also gives the canonical text
 * the file's MAC is computed over.
 */
final class SecretsFile {

    static final String MAC = "mac";
    private final Path path;

    SecretsFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    Properties load() {
        Properties stored = new Properties();
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                stored.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new SecretStoreException("The saved passwords in " + path + " could not be read: "
                        + e.getMessage() + ". Check the file's permissions.", e);
            }
        }
        return stored;
    }

    void save(Properties stored) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path temp = path.resolveSibling(path.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                stored.store(out, "RelayDesk saved passwords: AES-256-GCM under a random data key, "
                        + "wrapped for the owner and each assistant (key slots)");
            }
            restrictToOwner(temp);
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SecretStoreException("The password could not be saved to " + path + ": " + e.getMessage()
                    + ". Check that the disk has space and the data folder is writable.", e);
        }
    }

    /**
     * Every entry but the MAC, sorted, each key and value length-prefixed so that no two different
     * files give the same text.
     */
    static String canonical(Properties stored) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(stored).forEach((key, value) -> {
            if (!MAC.equals(key)) {
                String k = (String) key;
                String v = (String) value;
                text.append(k.length()).append(':').append(k).append('=').append(v.length()).append(':').append(v)
                        .append('\n');
            }
        });
        return text.toString();
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the per-user data folder's ACL, which is already private.
        }
    }
}
