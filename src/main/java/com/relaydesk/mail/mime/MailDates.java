package com.relaydesk.mail.mime;

import jakarta.mail.internet.MailDateFormat;
import java.time.Instant;

/**
 * Date header values read as Jakarta Mail's MailDateFormat reads them (the cache holds its
 * results). The form nearly all mail uses, {@code [Ddd, ]d Mon yyyy hh:mm[:ss] +hhmm}, is read
 * here; anything else — comments, zone names, odd spacing, out-of-range fields, a day name that
 * does not match the date — goes to MailDateFormat, which decides.
 */
final class MailDates {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String DAYS = "MonTueWedThuFriSatSun";

    /** Not thread-safe itself; used under its own lock, as Jakarta's MimeMessage does with its one. */
    private final MailDateFormat format = new MailDateFormat();

    /** The instant, or null when the value is no readable date. */
    Instant parse(String s) {
        long fast = fast(s);
        if (fast != Long.MIN_VALUE) {
            return Instant.ofEpochSecond(fast);
        }
        try {
            synchronized (format) {
                return format.parse(s).toInstant();
            }
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    /** Seconds since the epoch, or Long.MIN_VALUE when the value is not in the common form. */
    static long fast(String s) {
        int n = s.length();
        int i = 0;
        int dayName = -1;
        if (n > 0 && !digit(s.charAt(0))) {
            if (n < 5 || s.charAt(3) != ',' || s.charAt(4) != ' ') {
                return Long.MIN_VALUE;
            }
            dayName = name(DAYS, s, 0);
            if (dayName < 0) {
                return Long.MIN_VALUE;
            }
            i = 5;
        }
        int dayEnd = i < n && digit(s.charAt(i)) ? i + 1 < n && digit(s.charAt(i + 1)) ? i + 2 : i + 1 : -1;
        if (dayEnd < 0 || dayEnd + 21 > n || s.charAt(dayEnd) != ' ' || s.charAt(dayEnd + 4) != ' '
                || s.charAt(dayEnd + 9) != ' ' || s.charAt(dayEnd + 12) != ':') {
            return Long.MIN_VALUE;
        }
        int day = number(s, i, dayEnd);
        int month = name(MONTHS, s, dayEnd + 1);
        int year = number(s, dayEnd + 5, dayEnd + 9);
        int hour = number(s, dayEnd + 10, dayEnd + 12);
        int minute = number(s, dayEnd + 13, dayEnd + 15);
        int second = 0;
        int z = dayEnd + 15;
        if (z < n && s.charAt(z) == ':') {
            second = number(s, z + 1, z + 3);
            z += 3;
        }
        if (z + 6 != n || s.charAt(z) != ' ' || (s.charAt(z + 1) != '+' && s.charAt(z + 1) != '-')) {
            return Long.MIN_VALUE;
        }
        int zoneHours = number(s, z + 2, z + 4);
        int zoneMinutes = number(s, z + 4, z + 6);
        if (month < 0 || year < 1900 || day < 1 || day > daysIn(month + 1, year) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || zoneHours < 0 || zoneHours > 23
                || zoneMinutes < 0 || zoneMinutes > 59) {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month + 1, day);
        if (dayName >= 0 && Math.floorMod(days + 3, 7) != dayName) {
            return Long.MIN_VALUE;  // 1970-01-01 was a Thursday (index 3 from Monday)
        }
        int offset = (zoneHours * 60 + zoneMinutes) * 60;
        long local = days * 86_400 + hour * 3600 + minute * 60 + second;
        return s.charAt(z + 1) == '+' ? local - offset : local + offset;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Decimal digits in [from, to), or -1. */
    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!digit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Index of the three-letter name at {@code at} in {@code names}, or -1. */
    private static int name(String names, String s, int at) {
        for (int k = 0; k < names.length(); k += 3) {
            if (s.regionMatches(at, names, k, 3)) {
                return k / 3;
            }
        }
        return -1;
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
