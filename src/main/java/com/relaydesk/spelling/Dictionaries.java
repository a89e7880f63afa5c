package com.relaydesk.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;

/**
 * The spelling dictionaries a reply can be checked with: Hunspell's {@code .aff} and {@code .dic}
 * pairs. RelayDesk carries English (US and UK), Spanish, French and Dutch, whose licences allow
 * it; others (German and Italian are GPL) are read where the system keeps them
 * ({@code /usr/share/hunspell} — Debian's {@code hunspell-de-de} — or {@code ~/Library/Spelling})
 * or from the {@code dictionaries} folder in the data folder, which wins over both. A dictionary
 * is loaded the first time a reply needs it (a fraction of a second) and kept.
 */
public final class Dictionaries {

    /** In the jar under {@code /spelling/}, each with its licence beside it. */
    static final List<String> BUNDLED = List.of("en_US", "en_GB", "es", "fr", "nl");
    /** Marketplaces whose buyers write British English (the relay domain's country). */
    private static final Set<String> BRITISH = Set.of("GB", "IE", "AU", "NZ", "IN", "SG", "AE", "SA", "ZA", "EG");

    /** A dictionary that can be chosen; {@code folder} is null for one RelayDesk carries. */
    public record Available(String tag, Path folder) {

        /** "English (United States)", from the tag's language and country. */
        public String name() {
            String[] parts = tag.split("[_-]");
            Locale locale = parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
            String name = locale.getDisplayName(Locale.ENGLISH);
            return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
        }

        InputStream open(String extension) throws IOException {
            if (folder != null) {
                return Files.newInputStream(folder.resolve(tag + extension));
            }
            InputStream in = Dictionaries.class.getResourceAsStream("/spelling/" + tag + extension);
            if (in == null) {
                throw new IOException("/spelling/" + tag + extension + " is missing from RelayDesk's files");
            }
            return in;
        }
    }

    private final Map<String, Available> available;
    private final Map<String, SpellChecker> loaded = new ConcurrentHashMap<>();

    private Dictionaries(Map<String, Available> available) {
        this.available = available;
    }

    /** The dictionaries of {@code ownFolder} (the data folder's {@code dictionaries}), RelayDesk's, then the system's. */
    public static Dictionaries find(Path ownFolder) {
        String home = System.getProperty("user.home", "");
        return find(ownFolder, List.of(Path.of("/usr/share/hunspell"), Path.of("/usr/share/myspell"),
                Path.of("/usr/share/myspell/dicts"), Path.of(home, "Library", "Spelling"), Path.of("/Library/Spelling")));
    }

    static Dictionaries find(Path ownFolder, List<Path> systemFolders) {
        Map<String, Available> found = new LinkedHashMap<>();
        pairsIn(ownFolder).forEach(tag -> found.putIfAbsent(tag, new Available(tag, ownFolder)));
        BUNDLED.forEach(tag -> found.putIfAbsent(tag, new Available(tag, null)));
        for (Path folder : systemFolders) {
            pairsIn(folder).forEach(tag -> found.putIfAbsent(tag, new Available(tag, folder)));
        }
        return new Dictionaries(found);
    }

    /** The names of the {@code .aff} files with a {@code .dic} beside them. */
    private static List<String> pairsIn(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".aff"))
                    .map(name -> name.substring(0, name.length() - ".aff".length()))
                    .filter(tag -> Files.isReadable(folder.resolve(tag + ".dic"))).sorted().forEach(tags::add);
        } catch (IOException e) {
            return List.of(); // a folder that cannot be listed offers nothing
        }
        return tags;
    }

    /** By name in words, as a menu lists them. */
    public List<Available> available() {
        return available.values().stream().sorted(Comparator.comparing(Available::name)).toList();
    }

    /**
     * The dictionary for a reply in {@code language} ("en", "de") to a buyer on the marketplace of
     * {@code relayDomain} ("marketplace.amazon.co.uk", may be null): that country's, then for
     * English the British or American one as the marketplace writes it, then the language's own.
     */
    public Optional<Available> forReply(String language, String relayDomain) {
        String country = countryOf(relayDomain);
        List<String> wanted = new ArrayList<>();
        if (country != null) {
            wanted.add(language + "_" + country);
        }
        if ("en".equals(language)) {
            wanted.add(country != null && BRITISH.contains(country) ? "en_GB" : "en_US");
        }
        wanted.add(language);
        for (String tag : wanted) {
            if (available.containsKey(tag)) {
                return Optional.of(available.get(tag));
            }
        }
        return available.keySet().stream().sorted().filter(tag -> tag.startsWith(language + "_"))
                .findFirst().map(available::get);
    }

    /** "GB" for marketplace.amazon.co.uk, "US" for .com, "DE" for .de; null when there is none. */
    static String countryOf(String relayDomain) {
        if (relayDomain == null || !relayDomain.contains(".")) {
            return null;
        }
        String last = relayDomain.substring(relayDomain.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        return switch (last) {
            case "UK" -> "GB";
            case "COM" -> "US";
            default -> last.length() == 2 ? last : null;
        };
    }

    /** The checker of {@code dictionary}, loaded the first time. */
    public SpellChecker load(Available dictionary) {
        return loaded.computeIfAbsent(dictionary.tag() + "@" + dictionary.folder(), key -> read(dictionary));
    }

    private static SpellChecker read(Available dictionary) {
        try (InputStream aff = dictionary.open(".aff"); InputStream dic = dictionary.open(".dic")) {
            Dictionary parsed = new Dictionary(aff, List.of(dic), false, SortingStrategy.inMemory());
            return new SpellChecker(dictionary.tag(), new Hunspell(parsed, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { }));
        } catch (IOException | ParseException | RuntimeException e) {
            String where = dictionary.folder() == null ? "RelayDesk's own files" : dictionary.folder().toString();
            throw new SpellingException("The " + dictionary.name() + " dictionary (" + dictionary.tag() + " in " + where
                    + ") could not be read: " + e.getMessage() + ". The reply is not checked for spelling; replace or "
                    + "remove the dictionary's .aff and .dic files, or choose another language.", e);
        }
    }
}
