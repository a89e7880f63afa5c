package com.relaydesk.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words added to the dictionary stay added, in a file the seller can read. */
class PersonalWordsTest {

    @TempDir
    Path dataFolder;

    @Test
    void anAddedWordIsKnownInAnyCaseAndAfterARestart() throws IOException {
        PersonalWords words = PersonalWords.in(dataFolder);
        assertFalse(words.contains("Tealight"));

        words.add("Tealight");
        words.add("Walnut’s");

        assertTrue(words.contains("tealight"));
        PersonalWords again = PersonalWords.in(dataFolder);
        assertTrue(again.contains("TEALIGHT"));
        assertTrue(again.contains("walnut's"), "’ and ' are one apostrophe");
        assertEquals(List.of("tealight", "walnut's"), Files.readAllLines(dataFolder.resolve(PersonalWords.FILE_NAME)));
    }

    @Test
    void aListThatCannotBeReadStartsEmptyAndIsNotOverwrittenUntilAWordIsAdded() throws IOException {
        Files.createDirectories(dataFolder.resolve(PersonalWords.FILE_NAME)); // a folder where the file should be
        PersonalWords words = PersonalWords.in(dataFolder);
        assertFalse(words.contains("tealight"));
        assertTrue(Files.isDirectory(dataFolder.resolve(PersonalWords.FILE_NAME)));
    }
}
