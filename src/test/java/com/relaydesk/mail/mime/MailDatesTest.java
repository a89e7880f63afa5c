package com.relaydesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MailDateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Date values read by the fast path agree with MailDateFormat, which reads everything else. */
class MailDatesTest {

    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    @Test
    void datesAroundTheCommonFormReadAsMailDateFormatReadsThem() {
        Random rng = new Random(5);
        MailDates dates = new MailDates();
        int fast = 0;
        for (int i = 0; i < 40_000; i++) {
            ZonedDateTime t = Instant.ofEpochSecond(rng.nextLong() % 4_000_000_000L + 2_000_000_000L)
                    .atZone(ZoneOffset.ofTotalSeconds((rng.nextInt(48) - 24) * 1800));
            String s = t.format(RFC);
            switch (rng.nextInt(6)) {
                case 0 -> s = s.substring(5);                                      // no day name
                case 1 -> s = s.replace(":" + s.substring(s.length() - 8, s.length() - 6) + " ", " ");  // no seconds
                case 2 -> s = mutate(rng, s);
                case 3 -> s = s.replaceFirst(", (\\d) ", ", 0$1 ");                 // two-digit day
                default -> { }
            }
            fast += MailDates.fast(s) != Long.MIN_VALUE ? 1 : 0;
            assertEquals(jakarta(s), dates.parse(s), s);
        }
        assertTrue(fast > 20_000, "fast path taken " + fast + " times");
    }

    private static Instant jakarta(String s) {
        try {
            return new MailDateFormat().parse(s).toInstant();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static String mutate(Random rng, String s) {
        char[] c = s.toCharArray();
        c[rng.nextInt(c.length)] = " 0123456789:+-,JanMonSx(".charAt(rng.nextInt(24));
        return new String(c);
    }
}
