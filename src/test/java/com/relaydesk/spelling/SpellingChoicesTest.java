package com.relaydesk.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the seller chooses in the spelling list is kept for the next replies, in the data folder:
 * off stays off, and a dictionary preferred to RelayDesk's choice (British English on amazon.com)
 * is chosen from then on for the marketplaces where RelayDesk would have chosen the other one.
 */
class SpellingChoicesTest {

    private static final String COM = "marketplace.amazon.com";
    private static final String CO_UK = "marketplace.amazon.co.uk";
    private static final String ES = "marketplace.amazon.es";

    @TempDir
    Path dataFolder;

    private Spelling spelling() {
        return Spelling.in(dataFolder); // a new one reads the folder again, as after a restart
    }

    private static String tag(Optional<Dictionaries.Available> dictionary) {
        return dictionary.map(Dictionaries.Available::tag).orElse("off");
    }

    private static Optional<Dictionaries.Available> dictionary(Spelling spelling, String tag) {
        return Optional.of(spelling.available().stream().filter(d -> d.tag().equals(tag)).findFirst().orElseThrow());
    }

    @Test
    void britishEnglishChosenOnceOnAmazonComIsChosenForTheNextRepliesThereAfterARestart() {
        Spelling spelling = spelling();
        assertEquals("en_US", tag(spelling.forReply("en", COM)));
        spelling.choose("en", COM, dictionary(spelling, "en_GB"));

        assertEquals("en_GB", tag(spelling.forReply("en", COM)), "this run");
        assertEquals("en_GB", tag(spelling().forReply("en", COM)), "after a restart");
        assertEquals("en_GB", tag(spelling().forReply("en", "marketplace.amazon.ca")),
                "wherever RelayDesk would choose American English: amazon.ca too");
        assertEquals("es", tag(spelling().forReply("es", ES)), "other languages as before");
    }

    @Test
    void eachOfRelayDesksChoicesKeepsItsOwnPreferenceAndChoosingItAgainTakesThePreferenceBack() {
        Spelling spelling = spelling();
        spelling.choose("en", COM, dictionary(spelling, "en_GB"));
        spelling.choose("en", CO_UK, dictionary(spelling, "en_US"));
        assertEquals("en_GB", tag(spelling().forReply("en", COM)));
        assertEquals("en_US", tag(spelling().forReply("en", CO_UK)));

        Spelling again = spelling();
        again.choose("en", COM, dictionary(again, "en_US"));
        assertEquals("en_US", tag(spelling().forReply("en", COM)), "back to RelayDesk's choice");
        assertEquals("en_US", tag(spelling().forReply("en", CO_UK)), "the other preference stands");
    }

    @Test
    void aDictionaryOfAnotherLanguageIsForThatReplyOnly() {
        Spelling spelling = spelling();
        spelling.choose("es", ES, dictionary(spelling, "en_US")); // a buyer on amazon.es who wrote English
        assertEquals("es", tag(spelling().forReply("es", ES)));
    }

    @Test
    void offIsKeptUntilADictionaryIsChosenAgain() throws Exception {
        Spelling spelling = spelling();
        spelling.choose("en", COM, dictionary(spelling, "en_GB"));
        spelling.choose("en", COM, Optional.empty());
        assertTrue(spelling().switchedOff());
        assertEquals("en_GB", tag(spelling().forReply("en", COM)), "the preference waits for spelling to be on again");

        Spelling again = spelling();
        again.choose("en", COM, dictionary(again, "en_GB"));
        assertFalse(spelling().switchedOff());
        assertTrue(Files.readString(dataFolder.resolve(Spelling.SETTINGS)).contains("instead.en_US=en_GB"),
                "a file the seller can read and edit");
    }

    @Test
    void aDamagedSettingsFileIsIgnoredAndReplacedByTheNextChoice() throws Exception {
        Files.write(dataFolder.resolve(Spelling.SETTINGS), new byte[] {'o', 'f', 'f', '=', '\\', 'u', '0', '0'});
        Spelling spelling = spelling();
        assertFalse(spelling.switchedOff());
        assertEquals("en_US", tag(spelling.forReply("en", COM)));
        spelling.choose("en", COM, dictionary(spelling, "en_GB"));
        assertEquals("en_GB", tag(spelling().forReply("en", COM)));
    }
}
