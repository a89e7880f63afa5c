package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetTest {

    /** The snippet as it was computed with regular expressions, before the hand-written loop. */
    private static String byRegex(String text) {
        String head = text.length() > 800 ? text.substring(0, 800) : text;
        String collapsed = head.replaceAll("\\s+", " ").trim();
        return collapsed.length() <= 200 ? collapsed : collapsed.substring(0, 199) + "…";
    }

    @Test
    void theSnippetCollapsesWhitespaceExactlyAsTheRegularExpressionDid() {
        Random random = new Random(42);
        String alphabet = "ab \t\r\n\f\u000B\u00A0é€x.\u0001";
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 1200 : 60);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(s.toString()), MessageWriter.snippet(s.toString()), "for " + s);
        }
    }

    @Test
    void aLongTextIsCutTo200CharactersWithAnEllipsis() {
        String snippet = MessageWriter.snippet("word  \r\n ".repeat(300));
        assertEquals(200, snippet.length());
        assertEquals('…', snippet.charAt(199));
    }
}
