package com.relaydesk.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * One RelayDesk window per data folder. Two would each sync the same cache and each send from the
 * same outbox — a reply could go twice — and a second double-click on the icon is the commonest
 * way to start one. The window holds an OS file lock on {@code relaydesk.lock} while it runs (the
 * OS drops it when the process ends, however it ends, so a crash leaves no stale lock), and
 * writes there how a second start can reach it: the loopback port and a secret it must present.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "relaydesk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code dataFolder}, or empty when another RelayDesk holds it. */
    public static Optional<InstanceLock> acquire(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder in the user's profile is the user's own
        }
        try {
            // a byte far past the end, not the text: Windows keeps a locked range unreadable to the second start
            FileLock lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            if (lock != null) {
                return Optional.of(new InstanceLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this same process (a second window opened in-process): held all the same
        }
        channel.close();
        return Optional.empty();
    }

    /** Writes how the window can be reached (read by {@link #reachOf}); owner-only where the OS allows. */
    public void announce(Properties reach) throws IOException {
        StringBuilder text = new StringBuilder("# RelayDesk is open on this data folder\n");
        reach.stringPropertyNames().stream().sorted().forEach(key -> text.append(key).append('=')
                .append(reach.getProperty(key)).append('\n'));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** What the window holding the lock of {@code dataFolder} announced; empty when nothing can be read. */
    public static Properties reachOf(Path dataFolder) {
        Properties reach = new Properties();
        try (var in = Files.newInputStream(dataFolder.resolve(FILE_NAME))) {
            reach.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // written as we read it, or gone: nothing to reach
        }
        return reach;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
