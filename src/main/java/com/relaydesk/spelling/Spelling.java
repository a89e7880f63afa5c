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

    private final Supplier<Dictionaries> dictionaries;
    private final Supplier<PersonalWords> personal;

    public Spelling(Supplier<Dictionaries> dictionaries, Supplier<PersonalWords> personal) {
        this.dictionaries = memoized(dictionaries);
        this.personal = memoized(personal);
    }

    /** Dictionaries and words of {@code dataFolder}, found the first time they are needed. */
    public static Spelling in(Path dataFolder) {
        return new Spelling(() -> Dictionaries.find(dataFolder.resolve(OWN_DICTIONARIES)), () -> PersonalWords.in(dataFolder));
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
