package com.relaydesk.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the content goes to a temporary file of its own beside it,
 * is forced to disk, and is then renamed over it. Whatever fails (the writer, a full disk) leaves
 * the old file exactly as it was and no temporary file behind; a power cut leaves the old file or
 * the new one, never an empty or half-written one under the real name.
 */
public final class AtomicFile {

    /** Writes the content; the stream may be wrapped (gzip, a writer) and closed, or left open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final int RANDOM_HEX_DIGITS = 16;
    private static final FileAttribute<?> OWNER_READ_WRITE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path target;
    private final boolean ownerOnly;

    private AtomicFile(Path target, boolean ownerOnly) {
        this.target = target.toAbsolutePath();
        this.ownerOnly = ownerOnly;
    }

    /** A file that gets the permissions of any new file (the umask's). */
    public static AtomicFile of(Path target) {
        return new AtomicFile(target, false);
    }

    /**
     * A file only its owner may read or write (rw------- on POSIX), from its temporary file's first
     * byte on: a secret is never readable by others, not even for a moment. On Windows the file
     * inherits its folder's ACL, which in the per-user data folder is private already.
     */
    public static AtomicFile ownerOnly(Path target) {
        return new AtomicFile(target, true);
    }

    public void write(byte[] bytes) throws IOException {
        write(out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8; as with {@link Files#writeString}, a broken surrogate pair fails, never becomes '?'. */
    public void write(String text) throws IOException {
        ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        write(out -> out.write(utf8.array(), utf8.arrayOffset() + utf8.position(), utf8.remaining()));
    }

    /**
     * Replaces the file with what {@code content} writes.
     *
     * @throws NoSuchFileException when the file's folder does not exist (it is not made here)
     * @throws IOException         whatever {@code content} throws, or a failure to write or rename;
     *                             the old file is then unchanged
     */
    public void write(Content content) throws IOException {
        Path temporary = createTemporary();
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new KeptOpen(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                // On disk before the rename: otherwise a power cut can leave the new name on an empty file.
                channel.force(true);
            }
            replaceTargetWith(temporary);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
            throw failure;
        }
    }

    /**
     * Deletes the temporary files a crash (a killed process, a power cut) left beside the file. Only
     * for a caller that knows no write of it is under way: it would delete that write's temporary file.
     */
    public void deleteLeftovers() throws IOException {
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, this::isTemporary)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** A name of its own per write, so two writers never write into one temporary file. */
    private Path createTemporary() throws IOException {
        Path folder = target.getParent();
        while (true) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temporary = folder.resolve(target.getFileName() + "." + random + TEMPORARY_SUFFIX);
            try {
                return create(temporary);
            } catch (FileAlreadyExistsException taken) {
                // another write's (one chance in 2^64): draw again
            } catch (NoSuchFileException e) {
                if (Files.isDirectory(folder)) {
                    throw e;
                }
                throw new NoSuchFileException(target.toString(), null, "its folder " + folder + " does not exist");
            }
        }
    }

    private Path create(Path temporary) throws IOException {
        if (!ownerOnly) {
            return Files.createFile(temporary);
        }
        try {
            return Files.createFile(temporary, OWNER_READ_WRITE);
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(temporary); // Windows: the folder's ACL, see ownerOnly
        }
    }

    private void replaceTargetWith(Path temporary) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems: a plain replace; what it moves in is whole and on disk.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        String prefix = target.getFileName() + ".";
        return name.length() == prefix.length() + RANDOM_HEX_DIGITS + TEMPORARY_SUFFIX.length()
                && name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX)
                && name.substring(prefix.length(), prefix.length() + RANDOM_HEX_DIGITS).chars()
                        .allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Buffers, and only flushes on close: the channel must stay open to be forced and closed here. */
    private static final class KeptOpen extends BufferedOutputStream {

        KeptOpen(OutputStream out) {
            super(out, 1 << 16);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
