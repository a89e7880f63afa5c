package com.relaydesk.spelling;

import com.relaydesk.platform.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Spelling for the reply editor: the dictionaries, the seller's own words, and the check of a
 * text. Everything here reads files or works for a while the first time (a dictionary loads in a
 * fraction of a second), so callers run it off the UI thread.
 */
public final class Spelling {

    /** The folder in the data folder whose dictionaries win over RelayDesk's and the system's. */
    public static final String OWN_DICTIONARIES = "dictionaries";
    /** Whether the seller switched spelling off (it stays off for the next replies until switched on). */
    public static final String SETTINGS = "spelling.properties";
    private static final Logger LOG = Logger.getLogger(Spelling.class.getName());

    private final Supplier<Dictionaries> dictionaries;
    private final Supplier<PersonalWords> personal;
    private final Path settings;

    /** @param settings the file that keeps "switched off" ({@link #SETTINGS}); null keeps it for this run only */
    public Spelling(Supplier<Dictionaries> dictionaries, Supplier<PersonalWords> personal, Path settings) {
        this.dictionaries = memoized(dictionaries);
        this.personal = memoized(personal);
        this.settings = settings;
    }

    /** Dictionaries, words and settings of {@code dataFolder}, found the first time they are needed. */
    public static Spelling in(Path dataFolder) {
        return new Spelling(() -> Dictionaries.find(dataFolder.resolve(OWN_DICTIONARIES)), () -> PersonalWords.in(dataFolder),
                dataFolder.resolve(SETTINGS));
    }

    /** The seller switched spelling off in a reply: the next replies start with it off. Reads the disk. */
    public boolean switchedOff() {
        if (settings == null || !Files.exists(settings)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, settings + " could not be read; spelling is on", e);
        }
        return Boolean.parseBoolean(p.getProperty("off"));
    }

    /** Keeps the seller's choice for the next replies; a failure to write is logged (the choice holds for this reply). */
    public void switchOff(boolean off) {
        if (settings == null || off == switchedOff()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("off", Boolean.toString(off));
        try {
            PropertiesFile.write(settings, p, "RelayDesk spelling: off=true when the seller switched it off");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the spelling choice could not be saved to " + settings, e);
        }
    }

    public List<Dictionaries.Available> available() {
        return dictionaries.get().available();
    }

    /** See {@link Dictionaries#forReply}. */
    public Optional<Dictionaries.Available> forReply(String language, String relayDomain) {
        return dictionaries.get().forReply(language, relayDomain);
    }

    /**
     * The words of {@code text} neither the dictionary nor the seller knows; {@code alsoKnown} are
     * right in this reply (the buyer's and the shop's names, words ignored here).
     */
    public List<Misspelling> check(Dictionaries.Available dictionary, String text, Collection<String> alsoKnown) {
        Set<String> known = alsoKnown.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        PersonalWords own = personal.get();
        return dictionaries.get().load(dictionary)
                .check(text, word -> known.contains(word.toLowerCase(Locale.ROOT)) || own.contains(word));
    }

    public List<String> suggest(Dictionaries.Available dictionary, String word) {
        return dictionaries.get().load(dictionary).suggest(word);
    }

    /** Adds the word to the seller's own, for every reply from now on. */
    public void addWord(String word) throws IOException {
        personal.get().add(word);
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
