package com.relaydesk.spelling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Spelling for the reply editor: the dictionaries, the seller's own words, and the check of a
 * text. Everything here reads files or works for a while the first time (a dictionary loads in a
 * fraction of a second), so callers run it off the UI thread.
 */
public final class Spelling {

    /** The folder in the data folder whose dictionaries win over RelayDesk's and the system's. */
    public static final String OWN_DICTIONARIES = "dictionaries";
    /** The seller's choices: spelling off, a dictionary preferred to RelayDesk's (see {@link SpellingChoices}). */
    public static final String SETTINGS = "spelling.properties";

    private final Supplier<Dictionaries> dictionaries;
    private final Supplier<PersonalWords> personal;
    private final SpellingChoices choices;

    /** @param settings the file that keeps the seller's choices ({@link #SETTINGS}); null keeps them for this run only */
    public Spelling(Supplier<Dictionaries> dictionaries, Supplier<PersonalWords> personal, Path settings) {
        this.dictionaries = memoized(dictionaries);
        this.personal = memoized(personal);
        this.choices = new SpellingChoices(settings);
    }

    /** Dictionaries, words and settings of {@code dataFolder}, found the first time they are needed. */
    public static Spelling in(Path dataFolder) {
        return new Spelling(() -> Dictionaries.find(dataFolder.resolve(OWN_DICTIONARIES)), () -> PersonalWords.in(dataFolder),
                dataFolder.resolve(SETTINGS));
    }

    /** The seller switched spelling off in a reply: the next replies start with it off. Reads the disk the first time. */
    public boolean switchedOff() {
        return choices.off();
    }

    /**
     * The seller chose {@code choice} (empty: off) in a text in {@code language} to a buyer on the
     * marketplace of {@code relayDomain}: off is kept for the next texts, and a dictionary of the
     * same language as the one RelayDesk chose is preferred to it from now on (English (United
     * Kingdom) where English (United States) would be chosen). A dictionary of another language is
     * for this text only: the buyer wrote in a language other than their marketplace's.
     */
    public void choose(String language, String relayDomain, Optional<Dictionaries.Available> choice) {
        choices.switchOff(choice.isEmpty());
        if (language == null) {
            return;
        }
        choice.ifPresent(chosen -> dictionaries.get().forReply(language, relayDomain)
                .filter(automatic -> languageOf(automatic).equals(languageOf(chosen)))
                .ifPresent(automatic -> choices.prefer(automatic.tag(), chosen.tag())));
    }

    private static String languageOf(Dictionaries.Available dictionary) {
        return dictionary.tag().split("[_-]")[0].toLowerCase(Locale.ROOT);
    }

    public List<Dictionaries.Available> available() {
        return dictionaries.get().available();
    }

    /** See {@link Dictionaries#forReply}; a dictionary the seller preferred to that one (see {@link #choose}) wins. */
    public Optional<Dictionaries.Available> forReply(String language, String relayDomain) {
        Optional<Dictionaries.Available> automatic = dictionaries.get().forReply(language, relayDomain);
        return automatic.map(chosen -> choices.insteadOf(chosen.tag())
                .flatMap(tag -> available().stream().filter(d -> d.tag().equals(tag)).findFirst())
                .orElse(chosen));
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
