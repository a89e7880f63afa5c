package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.Lexicon;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.Sentences;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * C3: no request for a review or feedback, in any wording and any message, replies included —
 * neither for a positive one, nor to change or remove one, nor neutrally ("we'd love to hear your
 * feedback"). Reads English, German, French, Spanish and Italian.
 *
 * <p>A sentence is a request when it holds an unmistakable phrase ("leave a review", "a few stars
 * would help", "Bewertung abgeben"), or a review word that a request word comes before ("please …
 * rating", "würden Sie … Bewertung"), or a review word that "would help". Mentioning a review
 * ("thank you for your feedback", "we will review your photos") is no request.
 */
public final class ReviewRequestRule implements Rule {

    private static final Lexicon PHRASES = Lexicon.of(
            // English
            "(leave|write|post|give|drop|submit|add) (us |me )?(a |an |your |some )?(quick |short |honest |positive |good |great |nice |glowing |5[- ]star |five[- ]star |little )?(review|feedback|rating|testimonial)s?",
            "(positive|good|great|honest|glowing|5[- ]star|five[- ]star|excellent) (review|feedback|rating|comment)s?",
            "(review|rate) (your (purchase|order|item|experience)|the (product|item|seller)|us|our (product|shop|store|service|company))",
            "how would you rate", "star rating",
            "share (your|some of your|a few words about your) (experience|thoughts|opinion|impressions)",
            "(tell|told|telling|let|show|showed) (us|others|other (buyers|customers|shoppers)|the world|everyone|your friends) (know )?(what you think|how we did|how you (like|liked|feel)|about (it|the product|your purchase))",
            "let (others|other (buyers|customers|shoppers)) know", "let the world know",
            "(let|tell) (the world|everyone|people|others|your friends) (know )?(on|via) amazon", "help (other|future) (buyers|customers|shoppers)",
            "(hear|know) (your|about your) (feedback|thoughts|opinion|review|experience with)",
            "(love|like|appreciate|value|welcome|grateful for|be grateful for) (to (get|receive|have|read) )?(your|a|some) (feedback|review|rating|opinion|thoughts)",
            "(update|change|modify|revise|remove|delete|withdraw|reconsider|edit|improve|amend|take down) (your|the|this|that) (negative |bad |1[- ]star |one[- ]star |poor |recent )?(review|feedback|rating)",
            "(mind|consider|think about) (leaving|writing|sharing|rating|reviewing|giving|posting)",
            "how (did we do|was your (experience|purchase)|do you like (it|the product|your))",
            "what you think (of|about) (it|the product|the item|your purchase|us|our)",
            "on the product page", "word (of mouth )?on amazon", "rate (this|your) (purchase|product|item|order)",
            // German
            "(bewertung|rezension|sterne|feedback|erfahrungsbericht)(en)? (abgeben|hinterlassen|schreiben|geben|vergeben|posten|verfassen)",
            "(positive|gute|ehrliche|kurze|5[- ]sterne|fünf[- ]sterne) (bewertung|rezension|feedback)",
            "(bewerten|rezensieren) sie", "(uns|den artikel|das produkt|ihren kauf|ihre bestellung) (zu )?(bewerten|rezensieren)",
            "(teilen|erzählen|schildern) sie (uns |anderen )?(ihre|von ihren?) (erfahrung|meinung|eindrücke|eindruck)",
            "anderen (kunden|käufern|käuferinnen)", "was sie (von|über) .{1,30} (halten|denken)",
            "(bewertung|rezension|feedback) (ändern|löschen|entfernen|zurückziehen|anpassen|überdenken)",
            "(ihre|ihr) (meinung|feedback|bewertung) (ist|wäre|würde)", "wie (zufrieden sind sie|hat ihnen .{1,30} gefallen)",
            // French
            "(laisser|laissez|donner|donnez|écrire|écrivez|publier|déposer|partager|partagez) (nous |un |une |votre |vos |quelques )?(petit |petite |bon |bonne |court )?(avis|commentaire|évaluation|note|étoiles)",
            "(avis|commentaire|évaluation) (positif|positive|favorable|5 étoiles|cinq étoiles)",
            "(noter|évaluer) (le produit|l'article|votre achat|notre boutique|le vendeur|nous)", "(nous )?donner votre avis",
            "(partager|partagez) votre (expérience|avis|opinion)", "d'autres (clients|acheteurs)", "ce que vous en pensez",
            "(modifier|supprimer|retirer|changer) (votre|cet|l') ?(avis|évaluation|commentaire)",
            // Spanish
            "(dejar|deje|déjenos|dejarnos|escribir|escriba|publicar|dar|dé|compartir|comparta) (una |un |su |sus )?(breve |buena |positiva |honesta )?(reseña|opinión|valoración|comentario|calificación|estrellas)",
            "(reseña|opinión|valoración|calificación) (positiva|de 5 estrellas|de cinco estrellas)",
            "(valorar|calificar|puntuar) (el producto|el artículo|su compra|nuestra tienda|al vendedor|nos)",
            "(compartir|comparta) su (experiencia|opinión)", "otros (clientes|compradores)", "lo que (piensa|opina) (del|de la|de su)",
            "(cambiar|modificar|eliminar|borrar|retirar) (su|la) (reseña|opinión|valoración)",
            // Italian
            "(lasciare|lasci|lasciarci|scrivere|scriva|dare|dia|condividere|condivida|pubblicare) (una |un |la sua |le sue |qualche )?(breve |buona |positiva |onesta )?(recensione|opinione|valutazione|feedback|commento|stelle)",
            "(recensione|valutazione|feedback) (positiv[ao]|a 5 stelle|a cinque stelle)",
            "(valutare|recensire) (il prodotto|l'articolo|il suo acquisto|il nostro negozio|il venditore|ci)",
            "(condividere|condivida) la sua (esperienza|opinione)", "altri (clienti|acquirenti)", "cosa (ne )?pensa (del|della|di)",
            "(modificare|cambiare|eliminare|rimuovere|ritirare) (la sua |la )(recensione|valutazione|opinione)");

    private static final Lexicon TERMS = Lexicon.of(
            "reviews?", "feedback", "ratings?", "rate us", "stars", "[1-5]\\s?\\*", "(5|five)[- ]stars?", "testimonials?", "other (buyers|customers|shoppers)",
            "bewertung(en)?", "rezension(en)?", "bewerten", "sterne(n)?",
            "avis", "évaluation", "évaluer", "commentaire", "étoiles",
            "reseña", "reseñas", "valoración", "valorar", "calificación", "opinión", "estrellas",
            "recensione", "recensioni", "valutazione", "valutare", "stelle", "opinione");
    private static final Lexicon CUES = Lexicon.of(
            "please", "kindly", "would you", "could you", "can you", "will you", "would be (so )?(great|grateful|appreciated|nice|wonderful|lovely|helpful)",
            "we'd (love|appreciate|be (so |very )?grateful)", "we would (love|appreciate|be (so |very )?grateful)", "i'd (love|appreciate)",
            "appreciate", "love to", "take (a|one) (moment|minute|second)", "mind", "consider", "leave", "write", "give", "post",
            "share", "help us", "hope you('ll| will)", "if you('re| are) (happy|satisfied|pleased|delighted)", "don't forget", "remember to",
            "feel free", "why not", "just (click|go|visit)", "click", "go to", "visit", "(would|will|could) mean",
            "bitte", "würden sie", "könnten sie", "können sie", "wären (wir )?(ihnen )?(sehr )?dankbar", "freuen (uns|wir uns) (sehr )?(über|auf)",
            "würden uns (sehr )?freuen", "würden uns", "würde uns", "wir würden", "freuen uns", "über (eine|ihre|ein|einen)", "hinterlassen", "abgeben", "schreiben sie", "geben sie", "vergessen sie nicht", "nehmen sie sich",
            "wenn sie zufrieden", "wäre (toll|schön|nett|super)", "lass(t)? (uns|mir)", "gib uns", "gebt uns", "schreib(t)? uns",
            "wenn (du|ihr) zufrieden",
            "merci de", "pourriez-vous", "pouvez-vous", "pourrez-vous", "n'hésitez pas", "laisser", "laissez", "donner", "donnez",
            "nous serions (ravis|reconnaissants|heureux)", "aiderait", "si vous êtes (satisfait|content)", "prendre (quelques|une)",
            "por favor", "podría", "puede", "podrías", "no dude", "dejar", "deje", "nos encantaría", "agradeceríamos", "le agradeceríamos",
            "si está (satisfecho|contento)", "tómese", "ayudaría",
            "per favore", "potrebbe", "può", "potresti", "non esiti", "lasciare", "lasci", "saremmo (grati|felici)", "ci farebbe piacere",
            "le saremmo", "se è (soddisfatto|contento)", "dedicare", "aiuterebbe");
    private static final Lexicon HELPS_AFTER = Lexicon.of(
            "(would|will|could|can) (really |so |truly |greatly )?(help|mean|make|be (much |greatly |very )?appreciated|support)",
            "(is|are|would be|will be) (always |very |most |more than )?welcome", "freuen",
            "(würde|wäre|hilft|würden) (uns )?(sehr |wirklich )?(helfen|freuen|bedeuten)", "(aiderait|compterait|nous aide)",
            "(ayudaría|significaría|nos ayuda)", "(aiuterebbe|significherebbe|ci aiuta)");
    /** After a review word, only a verb of writing or giving makes it a request ("… – please write one"). */
    private static final Lexicon ACTS_AFTER = Lexicon.of(
            "write", "leave", "post", "give", "share", "rate", "take a (minute|moment|second)", "schreiben", "hinterlassen",
            "abgeben", "vergeben", "teilen", "laisser", "laissez", "écrire", "donner", "partager", "dejar", "deje", "escribir",
            "compartir", "lasciare", "lasci", "scrivere", "condividere");
    /** "Thank you for your feedback", "we will review your photos": mentions, not requests. */
    private static final Pattern NOT_A_REQUEST_BEFORE = Pattern.compile(
            "(?:thanks?|thank you|danke|merci|gracias|grazie)[^.!?\\n]{0,25}$|(?:we|we'll|i'll|i|will|to|team|have|has|after|under|for|of) $"
                    + "|(?:à|a) mon $|en mi $|secondo la mia $|an einer $|de passage $");
    /** A review word followed by its object is the verb "to review (the chart)"; soliciting objects are PHRASES'. */
    private static final Pattern NOT_A_REQUEST_AFTER = Pattern.compile(
            "^\\s+(?:the|your|this|these|those|our|my|it|them|all|any|each|its|his|her)\\b"
                    + "|^ de (?:passage|réception|livraison|expédition)");
    private static final Lexicon REVIEW_LINK = Lexicon.prefixes("review", "feedback", "rating", "bewertung", "avis", "reseña", "recensione");

    @Override
    public RuleId id() {
        return RuleId.C3;
    }

    @Override
    public String description() {
        return "No request for a review or feedback, in any wording";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView view : context.views()) {
            List<Match> sentences = new ArrayList<>();
            String lower = view.lower();
            for (Match phrase : PHRASES.findAll(view)) {
                addSentence(sentences, lower, phrase);
            }
            for (Match term : TERMS.findAll(view)) {
                if (isRequest(view, term)) {
                    addSentence(sentences, lower, term);
                }
            }
            for (Match link : context.spotted(view).links()) {
                if (REVIEW_LINK.foundIn(TextView.identity(view.part(), link.value()))) {
                    addSentence(sentences, lower, link);
                }
            }
            for (Match sentence : sentences) {
                findings.add(finding(context, view, sentence));
            }
        }
        if (context.html() != null) {
            for (var anchor : context.html().select("a[href], area[href]")) {
                String href = anchor.attr("href").toLowerCase(java.util.Locale.ROOT);
                if (REVIEW_LINK.foundIn(TextView.identity(com.relaydesk.lint.Part.HTML, href)) && !href.startsWith("mailto:")) {
                    var range = anchor.sourceRange();
                    findings.add(new Finding(id(), Severity.BLOCK,
                            "This link leads to a review or feedback page (" + anchor.attr("href") + "). Asking for a "
                                    + "review or feedback is forbidden in every message, even neutrally. Remove the link.",
                            com.relaydesk.lint.Part.HTML, Math.max(0, range.startPos()),
                            Math.max(0, anchor.endSourceRange().isTracked() ? anchor.endSourceRange().endPos() : range.endPos()),
                            List.of(new Fix("Remove the link", com.relaydesk.lint.Part.HTML, Math.max(0, range.startPos()),
                                    Math.max(0, anchor.endSourceRange().isTracked() ? anchor.endSourceRange().endPos() : range.endPos()),
                                    ""))));
                }
            }
        }
        return findings;
    }

    private static boolean isRequest(TextView view, Match term) {
        String lower = view.lower();
        String before = lower.substring(Math.max(0, term.start() - 40), term.start());
        String after = lower.substring(term.end(), Math.min(lower.length(), term.end() + 40));
        if (NOT_A_REQUEST_BEFORE.matcher(before).find() || NOT_A_REQUEST_AFTER.matcher(after).find()) {
            return false;
        }
        int sentenceStart = Sentences.start(lower, term.start());
        int sentenceEnd = Sentences.end(lower, term.end());
        return CUES.foundIn(view, Math.max(sentenceStart, term.start() - 100), term.start())
                || HELPS_AFTER.foundIn(view, term.end(), Math.min(sentenceEnd, term.end() + 40))
                || ACTS_AFTER.foundIn(view, term.end(), sentenceEnd);
    }

    private static void addSentence(List<Match> sentences, String lower, Match at) {
        Match sentence = Sentences.sentenceWithTrailingSpace(lower, at.start(), at.end());
        for (Match existing : sentences) {
            if (existing.overlaps(sentence)) {
                return;
            }
        }
        sentences.add(sentence);
    }

    private Finding finding(LintContext context, TextView view, Match sentence) {
        String quote = view.text().substring(sentence.start(), sentence.start() + sentence.value().length()).strip();
        Fix drop = context.fix("Drop the sentence asking for a review", view, sentence.start(), sentence.end(), "");
        return context.finding(id(), Severity.BLOCK,
                "This asks the buyer for a review or feedback: \"" + shorten(quote) + "\". The marketplace forbids "
                        + "that in every message, replies included, even when worded neutrally or asking to change a "
                        + "review. Drop the sentence.",
                view, sentence.start(), sentence.start() + sentence.value().length(), drop);
    }

    static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: question", "Glad it arrived. We'd love to hear your feedback!")),
                RuleExample.bad(Draft.reply("Re: question", "If you are happy, a few stars would help us a lot.")),
                RuleExample.bad(Draft.reply("Re: Frage", "Würden Sie uns eine kurze Bewertung hinterlassen?")),
                RuleExample.bad(Draft.reply("Re: question", "¿Podría dejarnos una reseña? Gracias.")),
                RuleExample.bad(Draft.reply("Re: question", "Could you please remove your negative review?")),
                RuleExample.bad(Draft.reply("Re: question", "If you are happy, a quick 5* on Amazon would mean the world to us.")),
                RuleExample.bad(Draft.reply("Re: question", "If you love it, let the world know on Amazon!")),
                RuleExample.good(Draft.reply("Re: question", "If you love it, it also comes in blue and in a 5-pack.")),
                RuleExample.good(Draft.reply("Re: question", "Sorry, size 5* in the table means a narrow fit; see the note below.")),
                RuleExample.good(Draft.reply("Re: question", "Thank you for your feedback. We will review your photos today.")),
                RuleExample.good(Draft.reply("Re: Frage", "Danke für Ihre Rückmeldung, das Ersatzteil ist unterwegs.")));
    }
}
