package com.relaydesk.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The settings files in the data folder ({@code *.properties}), written whole or not at all. */
public final class PropertiesFile {

    private PropertiesFile() {
    }

    /**
     * Writes {@code properties} to a temporary file beside {@code file} and moves it into place, so
     * a crash or a full disk mid-write leaves the old file as it was, never half of the new one.
     */
    public static void write(Path file, Properties properties, String comment) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            properties.store(out, comment);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
