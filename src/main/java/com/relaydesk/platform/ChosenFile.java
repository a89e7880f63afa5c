package com.relaydesk.platform;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the user chose to save to (an attachment, an export): written whole or not at all through
 * {@link AtomicFile}, and a failure's message is one the user can act on ({@link FileWriteFailure}).
 */
public final class ChosenFile {

    private ChosenFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        inUsersWords(target, () -> AtomicFile.of(target).write(bytes));
    }

    public static void write(Path target, String text) throws IOException {
        inUsersWords(target, () -> AtomicFile.of(target).write(text));
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void inUsersWords(Path target, Write write) throws IOException {
        try {
            write.run();
        } catch (IOException e) {
            throw new IOException(FileWriteFailure.inWords(target, e), e);
        }
    }
}
