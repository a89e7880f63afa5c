package com.relaydesk.spelling;

import com.relaydesk.platform.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The words the seller added to the dictionary ("Add to dictionary"): product and shop names,
 * brands, the buyer names that come back. One word per line in {@code spelling-words.txt} in the
 * data folder, so the people of a shared desktop share them and the seller can edit the list.
 * Matched without regard to case: "Tealight" added, "tealight" is known too.
 */
public final class PersonalWords {

    public static final String FILE_NAME = "spelling-words.txt";
    private static final Logger LOG = Logger.getLogger(PersonalWords.class.getName());

    private final Path file;
    private final Set<String> words = new TreeSet<>();

    private PersonalWords(Path file) {
        this.file = file;
    }

    /** The list in {@code dataFolder}; one that cannot be read is logged and starts empty (nothing is lost by it). */
    public static PersonalWords in(Path dataFolder) {
        PersonalWords personal = new PersonalWords(dataFolder.resolve(FILE_NAME));
        if (Files.exists(personal.file)) {
            try {
                for (String line : Files.readAllLines(personal.file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        personal.words.add(normal(line.strip()));
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The words added to the dictionary could not be read from " + personal.file
                        + "; spelling goes on without them", e);
            }
        }
        return personal;
    }

    public synchronized boolean contains(String word) {
        return words.contains(normal(word));
    }

    /** Adds {@code word} and writes the list whole (a crash mid-write leaves the old list). */
    public synchronized void add(String word) throws IOException {
        if (!words.add(normal(word))) {
            return;
        }
        AtomicFile.of(file).write((String.join("\n", words) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String normal(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
