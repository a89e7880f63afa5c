package com.relaydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders the bench and training commands work in. */
final class ScratchFolders {

    private ScratchFolders() {
    }

    /** Deletes the folder and everything in it; a leftover temporary folder is not worth failing a command for. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the system's temporary-file cleaning will take it
        }
    }
}
