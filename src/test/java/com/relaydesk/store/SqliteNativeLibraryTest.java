package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    private static final String LIB = System.mapLibraryName("sqlitejdbc");

    @TempDir
    Path nativeRoot;

    private final AtomicInteger asked = new AtomicInteger();

    /** sqlite-jdbc's own answer (it starts {@code uname -o} on Linux), counted. */
    private final Supplier<String> detect = () -> {
        asked.incrementAndGet();
        return org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
    };

    @Test
    void theLibraryFolderIsAskedOfSqliteJdbcOnceAndRememberedForLaterStarts() {
        URL first = SqliteNativeLibrary.libraryResource(nativeRoot, LIB, detect);
        URL second = SqliteNativeLibrary.libraryResource(nativeRoot, LIB, detect);
        assertNotNull(first, "the jar has a library for this machine");
        assertEquals(first, second);
        assertEquals(1, asked.get(), "the second start reads the remembered folder");
    }

    @Test
    void aRememberedFolderTheJarDoesNotHaveIsAskedAgainAndCorrected() throws Exception {
        URL right = SqliteNativeLibrary.libraryResource(nativeRoot, LIB, detect);
        Path hint = onlyHint();
        Files.writeString(hint, "Plan9/mips");
        assertEquals(right, SqliteNativeLibrary.libraryResource(nativeRoot, LIB, detect));
        assertEquals(2, asked.get());
        Files.writeString(hint, "../../../etc");
        assertEquals(right, SqliteNativeLibrary.libraryResource(nativeRoot, LIB, detect));
        assertEquals(3, asked.get(), "a damaged file is not followed");
        assertEquals(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(), Files.readString(hint));
    }

    private Path onlyHint() throws Exception {
        try (Stream<Path> files = Files.list(nativeRoot)) {
            Path[] hints = files.filter(p -> p.getFileName().toString().endsWith(".folder")).toArray(Path[]::new);
            assertEquals(1, hints.length);
            assertTrue(Files.readString(hints[0]).contains("/"));
            return hints[0];
        }
    }
}
