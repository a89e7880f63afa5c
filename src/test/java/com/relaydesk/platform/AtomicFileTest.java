package com.relaydesk.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, by one writer or by two at once, and leaves nothing beside it. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void theContentArrivesWholeAndReplacesTheOldFile() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "old");
        byte[] big = pattern('x', 3 * (1 << 16) + 17); // more than the stream's buffer holds

        AtomicFile.of(file).write(out -> {
            out.write(big, 0, 100);
            out.write(big, 100, big.length - 100);
        });
        assertArrayEquals(big, Files.readAllBytes(file));

        AtomicFile.of(file).write("Grüße, Zoë ✓\n");
        assertEquals("Grüße, Zoë ✓\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), filesIn(folder), "no temporary file stays");
    }

    /** A writer that wraps the stream (gzip, a Writer) and closes it still has its content forced and renamed. */
    @Test
    void aWriterThatClosesTheStreamItWasGivenStillHasItsContentKept() throws Exception {
        Path file = folder.resolve("relay.snapshot");
        byte[] content = pattern('d', 200_000);

        AtomicFile.of(file).write(out -> {
            try (OutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(content);
            }
        });

        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void aWriterFailingHalfwayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("spelling-words.txt");
        byte[] old = "tealight\nwalnut's\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        IOException diskFull = new IOException("No space left on device");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.of(file).write(out -> {
            out.write(pattern('n', 100_000)); // some of it has reached the temporary file
            throw diskFull;
        }));
        assertSame(diskFull, thrown, "the writer's own exception, not one of the clean-up");
        RuntimeException bug = new IllegalStateException("a bug in the writer");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFile.ownerOnly(file).write(out -> {
            out.write(pattern('n', 10));
            throw bug;
        })));

        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(folder), "no temporary file stays");
    }

    @Test
    void anOwnerOnlyFileIsPrivateFromItsTemporaryFilesFirstByte() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = folder.resolve("secrets.properties");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        AtomicReference<Set<PosixFilePermission>> whileWritten = new AtomicReference<>();

        AtomicFile.ownerOnly(file).write(out -> {
            whileWritten.set(Files.getPosixFilePermissions(onlyTemporaryFileBeside(file)));
            out.write("key=secret\n".getBytes(StandardCharsets.US_ASCII));
        });

        assertEquals(ownerOnly, whileWritten.get(), "the temporary file, before anything was written to it");
        assertEquals(ownerOnly, Files.getPosixFilePermissions(file));
    }

    /** A settings file stays as readable as before: the permissions of any new file, not a temporary file's rw-------. */
    @Test
    void aFileNotAskedToBeOwnerOnlyGetsThePermissionsOfAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.createFile(folder.resolve("made by createFile"));
        Path file = folder.resolve("window.properties");

        AtomicFile.of(file).write("x=1\n");

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    /** Two windows (or a window and a scripted sync) save the same file at the same moment, again and again. */
    @Test
    void twoThreadsWritingOneFileAtOnceEachLeaveAWholeFileNeverAMix() throws Exception {
        Path file = folder.resolve("appearance.properties");
        byte[] first = pattern('a', 50_000);
        byte[] second = pattern('b', 70_000);
        int rounds = 200;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (byte[] content : List.of(first, second)) {
                writers.add(two.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        together.await();
                        AtomicFile.of(file).write(out -> {
                            for (int at = 0; at < content.length; at += 1000) { // in pieces, so that they interleave
                                out.write(content, at, Math.min(1000, content.length - at));
                                out.flush();
                            }
                        });
                        byte[] now = Files.readAllBytes(file);
                        if (!Arrays.equals(now, first) && !Arrays.equals(now, second)) {
                            throw new AssertionError("round " + i + ": a mix of " + now.length + " bytes");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(); // rethrows a writer's exception
            }
        } finally {
            two.shutdownNow();
        }
        byte[] last = Files.readAllBytes(file);
        assertTrue(Arrays.equals(last, first) || Arrays.equals(last, second), "a whole file");
        assertEquals(List.of(file), filesIn(folder), "no temporary file stays");
    }

    @Test
    void aMissingFolderIsSaidPlainlyAndNothingIsMade() {
        Path missing = folder.resolve("not made yet");
        Path file = missing.resolve("relay.snapshot");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.of(file).write("x"));

        assertTrue(thrown.getMessage().contains(file.toString()) && thrown.getMessage().contains("does not exist"),
                thrown.getMessage());
        assertTrue(thrown.getMessage().contains("its folder " + missing), thrown.getMessage());
        assertTrue(Files.notExists(missing));
    }

    /** A process killed mid-write leaves its temporary file; starting over clears it, and nothing else. */
    @Test
    void leftoversOfAWriteCutShortAreDeletedAndOtherFilesKept() throws Exception {
        Path file = folder.resolve("relay.snapshot");
        AtomicReference<Path> temporary = new AtomicReference<>();
        AtomicFile.of(file).write(out -> temporary.set(onlyTemporaryFileBeside(file)));
        Files.writeString(temporary.get(), "half a snapshot"); // as a kill mid-write would have left it
        Path running = Files.createFile(folder.resolve("relay.snapshot.running"));
        Path anotherFiles = Files.createFile(folder.resolve("relay.snapshot2.0123456789abcdef.tmp"));

        AtomicFile.of(file).deleteLeftovers();

        assertEquals(List.of(file, running, anotherFiles), filesIn(folder));
    }

    private static Path onlyTemporaryFileBeside(Path file) throws IOException {
        List<Path> others = filesIn(file.getParent()).stream().filter(f -> !f.equals(file)).toList();
        assertEquals(1, others.size(), others.toString());
        return others.get(0);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] pattern(char letter, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 64 == 63 ? '\n' : letter);
        }
        return bytes;
    }
}
