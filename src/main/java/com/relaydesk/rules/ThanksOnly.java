package com.relaydesk.rules;

import com.relaydesk.model.MessageSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A buyer message that only says thank you — "Thanks for getting back to me so quickly", "¡Muchas
 * gracias!" — needs no answer; the seller marks it No Response Needed (E2) rather than writing a
 * stand-alone thank-you back, which the marketplace counts as a message that is not critical (C2).
 * RelayDesk only points such messages out; marking stays the seller's call.
 *
 * <p>Cautious on purpose: every word the buyer wrote must belong to a known thank-you, greeting,
 * praise or sign-off ({@link ThankYouPhrases}) or to the buyer's name. Anything else — "merci de
 * graver …", an address, a number other than the order ID, a "but", a question mark — or an
 * attachment, or more than a couple of short sentences, and it is not "thanks only": a missed
 * thank-you costs a key press, a request set aside as one costs a customer.
 */
public final class ThanksOnly {

    /** Longer than this, a message says more than thanks. */
    static final int MAX_LENGTH = 160;

    private static final PhraseCover THANK_YOU = new PhraseCover(ThankYouPhrases.THANKS, ThankYouPhrases.AROUND);

    /**
     * Where an earlier message quoted below begins, in the languages the relay's buyers write: a
     * quoted line, an attribution line followed by one (or by the end of the preview), an Outlook
     * "-----Original Message-----". An attribution followed by more own words is the buyer's.
     */
    private static final Pattern QUOTE_HEADER = Pattern.compile("(?i)(^|\\s)(>|(on|am|le|el|il|op) .{1,80}"
            + "(wrote|schrieb|a écrit|escribió|ha scritto|schreef)( .{0,40})?:\\s*(>|$)|-{3,}\\s*original)");

    /** "Re:", "AW:", "RE[2]:" …: a reply's subject repeats the one answered, not the buyer's words. */
    private static final Pattern REPLY_SUBJECT = Pattern.compile(
            "(?i)^\\s*((re|aw|antw|r|rif|ref|réf|res)\\s*(\\[\\d+\\])?\\s*:\\s*)+.*");

    private ThanksOnly() {
    }

    /** Whether a listed message is only a thank-you: its preview, subject, buyer and files. */
    public static boolean is(MessageSummary message) {
        return is(message.preview(), message.subject(), message.buyerName(), message.hasAttachments());
    }

    /**
     * Whether the buyer's own words are only a thank-you.
     *
     * @param words      the row's preview or the message's text: the buyer's words, maybe an earlier
     *                   message quoted below them
     * @param subject    the subject; unless it answers one ("Re: …") the buyer wrote it too; may be null
     * @param buyerName  the buyer's name as the list shows it, whose words may sign the thanks; may be null
     * @param attached   whether files come with it: a photo, a sketch, a receipt always want a look
     */
    public static boolean is(String words, String subject, String buyerName, boolean attached) {
        if (words == null || attached) {
            return false;
        }
        String own = ownWords(words);
        if (subject != null && !subject.isBlank() && !REPLY_SUBJECT.matcher(subject).matches()) {
            own = subject.strip() + " " + own;
        }
        if (own.isEmpty() || own.length() > MAX_LENGTH || own.endsWith("…") || own.indexOf('?') >= 0
                || own.indexOf('¿') >= 0) {
            return false;
        }
        List<String> tokens = PhraseCover.words(withoutOrderIds(own));
        // A number other than the order ID is a house number, a date, an amount: something to act on.
        if (tokens.stream().anyMatch(token -> Character.isDigit(token.charAt(0)))) {
            return false;
        }
        return THANK_YOU.covers(tokens, nameWords(buyerName));
    }

    /** The words before any quoted earlier message, trimmed. */
    private static String ownWords(String words) {
        Matcher quote = QUOTE_HEADER.matcher(words);
        String own = quote.find() ? words.substring(0, quote.start()) : words;
        return own.strip();
    }

    private static String withoutOrderIds(String text) {
        return OrderIds.ORDER_ID.matcher(text).replaceAll(" ");
    }

    /**
     * The words of the buyer's name ("Anna Maria Berg"), which may sign the thanks. Not their
     * initials: one letter is also the "n" of "n'ai pas reçu" or the "a" of "a refund".
     */
    private static Set<String> nameWords(String buyerName) {
        if (buyerName == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String word : PhraseCover.words(buyerName)) {
            if (word.length() > 1 && Character.isLetter(word.charAt(0))) {
                words.add(word);
            }
        }
        return words;
    }
}
