package com.relaydesk.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dictionaries a reply can be checked with, and which one a reply gets. */
class DictionariesTest {

    @TempDir
    Path dir;

    /** A tiny German dictionary, as /usr/share/hunspell keeps de_DE (which RelayDesk may not carry). */
    private Path germanIn(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("de_DE.aff"), "SET UTF-8\n");
        Files.writeString(folder.resolve("de_DE.dic"), "3\nBestellung\nheute\nversandt\n");
        return folder;
    }

    @Test
    void carriesItsOwnAndFindsTheSystemsAndTheDataFoldersOnes() throws IOException {
        Path system = germanIn(dir.resolve("hunspell"));
        Files.writeString(system.resolve("it_IT.aff"), "SET UTF-8\n"); // no .dic beside it: not offered
        Dictionaries found = Dictionaries.find(dir.resolve("none"), List.of(system));

        assertEquals(List.of("nl", "en_GB", "en_US", "fr", "de_DE", "es"),
                found.available().stream().map(Dictionaries.Available::tag).toList(), "by name: Dutch, English (UK) …");
        assertEquals("German (Germany)", found.forReply("de", "marketplace.amazon.de").orElseThrow().name());
        SpellChecker german = found.load(found.forReply("de", "marketplace.amazon.de").orElseThrow());
        assertEquals(List.of("Bestelung"), german.check("Bestelung heute versandt", w -> false).stream()
                .map(Misspelling::word).toList());
    }

    @Test
    void oneInTheDataFolderWinsOverRelayDesksOwn() throws IOException {
        Path own = dir.resolve("dictionaries");
        Files.createDirectories(own);
        Files.writeString(own.resolve("en_US.aff"), "SET UTF-8\n");
        Files.writeString(own.resolve("en_US.dic"), "1\nhowdy\n");
        Dictionaries found = Dictionaries.find(own, List.of());
        SpellChecker english = found.load(found.forReply("en", "marketplace.amazon.com").orElseThrow());
        assertEquals(List.of("hello"), english.check("howdy hello", w -> false).stream().map(Misspelling::word).toList());
    }

    @Test
    void aReplyGetsTheSpellingOfItsMarketplace() {
        Dictionaries found = Dictionaries.find(dir.resolve("none"), List.of());
        assertEquals("en_GB", found.forReply("en", "marketplace.amazon.co.uk").orElseThrow().tag());
        assertEquals("en_US", found.forReply("en", "marketplace.amazon.com").orElseThrow().tag());
        assertEquals("en_US", found.forReply("en", "marketplace.amazon.ca").orElseThrow().tag());
        assertEquals("en_GB", found.forReply("en", "marketplace.amazon.com.au").orElseThrow().tag());
        assertEquals("en_US", found.forReply("en", null).orElseThrow().tag());
        assertEquals("es", found.forReply("es", "marketplace.amazon.com.mx").orElseThrow().tag());
        assertEquals(Optional.empty(), found.forReply("ja", "marketplace.amazon.co.jp"), "none carried for Japanese");
        assertNull(Dictionaries.countryOf("relay"));
    }

    @Test
    void aDamagedDictionarySaysWhichAndWhatToDo() throws IOException {
        Path own = dir.resolve("dictionaries");
        Files.createDirectories(own);
        Files.writeString(own.resolve("sv_SE.aff"), "SET UTF-8\nSFX A Y 1\nSFX A broken\n");
        Files.writeString(own.resolve("sv_SE.dic"), "1\nhej/A\n");
        Dictionaries found = Dictionaries.find(own, List.of());
        SpellingException e = assertThrows(SpellingException.class,
                () -> found.load(found.forReply("sv", "marketplace.amazon.se").orElseThrow()));
        assertTrue(e.getMessage().startsWith("The Swedish (Sweden) dictionary (sv_SE in " + own + ") could not be read"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("replace or remove the dictionary's .aff and .dic files, or choose another "
                + "language."), e.getMessage());
    }
}
