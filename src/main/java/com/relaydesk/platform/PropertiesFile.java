package com.relaydesk.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/** The settings files in the data folder ({@code *.properties}), written whole or not at all. */
public final class PropertiesFile {

    private PropertiesFile() {
    }

    /**
     * Writes {@code properties} through {@link AtomicFile}, so a crash or a full disk mid-write
     * leaves the old file as it was, never half of the new one.
     */
    public static void write(Path file, Properties properties, String comment) throws IOException {
        AtomicFile.of(file).write(out -> properties.store(out, comment));
    }
}
