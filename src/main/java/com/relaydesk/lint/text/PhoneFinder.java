package com.relaydesk.lint.text;

import com.relaydesk.rules.OrderIds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers (C6) in national and international formats — {@code +49 30 1234567},
 * {@code 0049 (0)30-1234567}, {@code (555) 123-4567}, {@code 020 7946 0958}, {@code 06 12 34 56 78},
 * {@code 612 345 678}, and written out in words ("seven seven zero zero nine …") — while leaving alone what only looks like one: order IDs, tracking and
 * model numbers, prices, dates and postcodes.
 *
 * <p>How: every run of digits and separators is judged as a whole, by its digit count, its shape
 * and the nearest word before it ("call", "Tel." versus "order", "tracking", "model").
 */
public final class PhoneFinder {

    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\d+#€$£/.,-])(?:\\+\\s?|00)?(?:\\(\\s?\\+?\\d+\\s?\\)\\s?)?\\d+(?:(?:[ \\t]?[-./][ \\t]?|[ \\t]|(?<=\\)))\\(?\\d+\\)?)*(?![\\p{L}\\d])");
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:tel|phone|call|ring|fon|telefon\\w*|handy|mobil\\w*|cell\\w*|whats\\s?app|sms|text us|text me|fax"
                    + "|hotline|anruf\\w*|rufen|appel\\w*|téléphone|portable|llám\\w*|llama\\w*|teléfono|móvil|chiam\\w*"
                    + "|cellulare|numero verde|contact number|rückruf\\w*|erreichen)(?![\\p{L}])");
    private static final Pattern NOT_PHONE_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:order|bestell\\w*|auftrag\\w*|tracking|track|sendung\\w*|paket\\w*|parcel|shipment|invoice|rechnung\\w*"
                    + "|facture|factura|fattura|model\\w*|modèle|art\\.?-?nr|artikel\\w*|sku|asin|ean|isbn|ref\\w*|serial"
                    + "|serien\\w*|iban|bic|konto\\w*|account|commande|pedido|ordine|suivi|seguimiento|spedizione"
                    + "|colis|envío|lieferschein|kundennummer|customer number|case|ticket|id|#|nr\\.?|no\\.?|nº"
                    + "|plz|postcode|zip|code postal|código postal|cap)(?![\\p{L}])");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern NORTH_AMERICAN = Pattern.compile("\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]\\d{4}");
    private static final Pattern SPANISH_ITALIAN = Pattern.compile("[3689]\\d{2}[ .-]\\d{3}[ .-]\\d{3,4}");
    /** Digits written as words, in the languages the linter reads: "seven seven zero zero nine …". */
    private static final java.util.Set<String> DIGIT_WORDS = java.util.Set.of(
            "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "null", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zéro", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
            "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove");
    /** "double seven", "triple zero": say the next digit again, no digit of their own. */
    private static final java.util.Set<String> REPEAT_WORDS = java.util.Set.of("double", "triple", "doppel", "doble",
            "doppio");
    /** Seven digits in words in a row is no count or list in a sentence but a number read out. */
    private static final int SPELLED_DIGITS = 7;
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)(?:[€$£]|eur|usd|gbp|chf)\\s?$");

    private PhoneFinder() {
    }

    public static List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        Matcher run = null;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            // A run starts with a digit, "+" or "(" right before a digit; only there is the pattern tried.
            boolean starts = Character.isDigit(c)
                    || ((c == '+' || c == '(') && i + 1 < length && (Character.isDigit(text.charAt(i + 1))
                    || (i + 2 < length && text.charAt(i + 1) == ' ' && Character.isDigit(text.charAt(i + 2)))));
            if (!starts) {
                i++;
                continue;
            }
            run = run == null ? RUN.matcher(text) : run;
            run.region(i, length).useTransparentBounds(true).useAnchoringBounds(false);
            if (run.lookingAt() && run.end() > i) {
                String candidate = run.group().strip();
                if (isPhone(text, i, candidate)) {
                    found.add(new Match(i, i + candidate.length(), candidate));
                }
                i = run.end();
            } else {
                // Skip the rest of this word or number: runs start only where one begins.
                i++;
                while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        for (Match spelled : spelled(text)) {
            if (found.stream().noneMatch(spelled::overlaps)) {
                found.add(spelled);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Match::start));
        return found;
    }

    /**
     * Phone numbers written out in words: seven or more digit words ("seven seven zero zero nine
     * zero zero one two three", "null eins sieben …") separated only by spaces, commas or hyphens.
     */
    private static List<Match> spelled(String text) {
        List<Match> found = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int digits = 0;
        int i = 0;
        int length = text.length();
        while (i <= length) {
            char c = i < length ? text.charAt(i) : '\n';
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < length && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                // No digit word is longer than 7 letters: most words are not looked up at all.
                String word = j - i > 7 ? "" : text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                boolean digit = DIGIT_WORDS.contains(word) || (j - i == 1 && Character.isDigit(c));
                if (digit || REPEAT_WORDS.contains(word)) {
                    if (runStart < 0) {
                        runStart = i;
                        digits = 0;
                    }
                    if (digit) {
                        digits++;
                        runEnd = j;
                    }
                } else {
                    addSpelled(found, text, runStart, runEnd, digits);
                    runStart = -1;
                }
                i = j;
            } else if (c == ' ' || c == '\t' || c == ',' || c == '-' || c == '\u00a0') {
                i++;
            } else {
                addSpelled(found, text, runStart, runEnd, digits);
                runStart = -1;
                i++;
            }
        }
        return found;
    }

    private static void addSpelled(List<Match> found, String text, int start, int end, int digits) {
        if (start >= 0 && digits >= SPELLED_DIGITS && end > start) {
            found.add(new Match(start, end, text.substring(start, end)));
        }
    }

    private static int lastEnd(Pattern word, String before) {
        Matcher m = word.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    static boolean isPhone(String text, int start, String run) {
        int digits = 0;
        boolean separated = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else {
                separated = true;
            }
        }
        if (digits < 6 || digits > 15 || !OrderIds.findAll(run).isEmpty()
                || DATE.matcher(run).matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 30), start);
        int lineBreak = before.lastIndexOf('\n');
        if (lineBreak >= 0) {
            before = before.substring(lineBreak + 1);
        }
        if (CURRENCY_BEFORE.matcher(before).find()) {
            return false;
        }
        int phoneWord = lastEnd(PHONE_WORD, before);
        int otherWord = lastEnd(NOT_PHONE_WORD, before);
        if (otherWord > phoneWord) {
            return false;
        }
        if (phoneWord >= 0) {
            return digits >= 6;
        }
        if (digits < 7) {
            return false;
        }
        if (run.startsWith("+") || (run.startsWith("00") && digits >= 10)) {
            return digits >= 8;
        }
        if (run.startsWith("(")) {
            return true;
        }
        if (NORTH_AMERICAN.matcher(run).matches() || SPANISH_ITALIAN.matcher(run).matches()) {
            return true;
        }
        // National numbers start with the trunk prefix 0: "030 1234567", "07700 900123".
        return run.charAt(0) == '0' && digits >= 9 && digits <= 12 && (separated || digits >= 10);
    }
}
