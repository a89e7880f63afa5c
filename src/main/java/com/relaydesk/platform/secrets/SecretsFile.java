package com.relaydesk.platform.secrets;

import com.relaydesk.platform.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes the secrets file as properties: atomically (a crash leaves the old file or
 * the new one, never half of each), readable by the OS user only. Changes run {@link #exclusively}:
 * two RelayDesk processes of one user (two windows, a scripted sync) never lose each other's
 * change. Also gives the canonical text the file's MAC is computed over.
 */
final class SecretsFile {

    static final String MAC = "mac";
    /**
     * The JVM's own lock per secrets file. An OS file lock is held by the whole process, and Java
     * refuses a second one on the same file from another thread, so threads queue here first.
     */
    private static final java.util.concurrent.ConcurrentMap<Path, java.util.concurrent.locks.ReentrantLock> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();
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

    /**
     * Runs a read-modify-write of the file while no other thread or process changes it (an OS lock
     * on {@code <file>.lock} beside it; the OS lets it go if the process dies). Nests.
     */
    <T> T exclusively(java.util.function.Supplier<T> change) {
        java.util.concurrent.locks.ReentrantLock local = IN_PROCESS.computeIfAbsent(path.toAbsolutePath().normalize(),
                p -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return change.get(); // the OS lock is held already, by an outer change on this thread
            }
            Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
            try {
                Files.createDirectories(path.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new SecretStoreException("The password could not be saved to " + path + ": " + e.getMessage()
                        + ". Check that the data folder is writable.", e);
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                    java.nio.channels.FileLock held = channel.lock()) {
                return change.get();
            } catch (IOException e) {
                throw new SecretStoreException("The saved passwords in " + path + " could not be locked for a change: "
                        + e.getMessage() + ". Check that the data folder is writable.", e);
            }
        } finally {
            local.unlock();
        }
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
            // A temporary file of its own (never another writer's half-written one), private from the first byte.
            AtomicFile.ownerOnly(path).write(out -> stored.store(out, "RelayDesk saved passwords: AES-256-GCM under "
                    + "a random data key, wrapped for the owner and each assistant (key slots)"));
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
}
