package com.relaydesk.spelling;

import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The seller's spelling choices, kept for the next replies in {@code spelling.properties}: whether
 * spelling is switched off, and the dictionary they prefer to the one RelayDesk would choose — a
 * seller on amazon.com who writes British English picks it once, not in every reply
 * ({@code instead.en_US=en_GB}). Read once, written whole on each change; a file that cannot be
 * read or written is logged and the choice holds for this run.
 */
final class SpellingChoices {

    private static final Logger LOG = Logger.getLogger(SpellingChoices.class.getName());
    private static final String OFF = "off";
    private static final String INSTEAD = "instead.";

    /** null: kept for this run only. */
    private final Path file;
    private Properties kept;

    SpellingChoices(Path file) {
        this.file = file;
    }

    synchronized boolean off() {
        return Boolean.parseBoolean(kept().getProperty(OFF));
    }

    synchronized void switchOff(boolean off) {
        if (off != off()) {
            kept().setProperty(OFF, Boolean.toString(off));
            save();
        }
    }

    /** The dictionary the seller chose instead of {@code automatic} (a tag: "en_US"), if they did. */
    synchronized Optional<String> insteadOf(String automatic) {
        return Optional.ofNullable(kept().getProperty(INSTEAD + automatic));
    }

    /** From now on {@code chosen} instead of {@code automatic}; the same tag takes the preference back. */
    synchronized void prefer(String automatic, String chosen) {
        String key = INSTEAD + automatic;
        String before = kept().getProperty(key, automatic);
        if (before.equals(chosen)) {
            return;
        }
        if (chosen.equals(automatic)) {
            kept().remove(key);
        } else {
            kept().setProperty(key, chosen);
        }
        save();
    }

    private Properties kept() {
        if (kept == null) {
            kept = new Properties();
            if (file != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    kept.load(in);
                } catch (NoSuchFileException none) {
                    // nothing chosen yet
                } catch (IOException | IllegalArgumentException e) {
                    LOG.log(Level.WARNING, file + " could not be read; spelling starts as RelayDesk chooses", e);
                }
            }
        }
        return kept;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            PropertiesFile.write(file, kept, "RelayDesk spelling: off=true when the seller switched it off; "
                    + "instead.<dictionary>=<dictionary> the seller prefers to the one RelayDesk would choose");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the spelling choice could not be saved to " + file, e);
        }
    }
}
