package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
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
 * C4: no promotion — discount codes, coupons, incentives for a future purchase, catalogs, sales,
 * newsletters, "visit our shop". A partial refund or a replacement for this order is service,
 * not promotion, and is not matched.
 */
public final class PromotionRule implements Rule {

    private static final Lexicon PHRASES = Lexicon.of(
            "(discount|promo|promotion|promotional|coupon|voucher|gift) ?codes?", "coupons?", "vouchers?",
            "\\d+ ?(%|percent|per cent) (off|discount|cheaper|less|rabatt|nachlass|günstiger|billiger|de réduction|de remise|moins cher"
                    + "|de descuento|más barat[oa]|di sconto|in meno)",
            "you'll (also )?(love|like|enjoy)", "you (will|would|might|may) (also )?(love|like|enjoy) our", "this week only",
            "(off|on|for) your next (order|purchase|visit)", "(your |a )?(next|future) (purchase|order)s?( with us)?",
            "(special|exclusive|limited|introductory|loyal customer) (offer|deal|discount|price)s?", "limited[- ]time",
            "(summer|winter|spring|autumn|black friday|cyber monday|christmas|holiday|clearance|big|flash|seasonal|end of season) sale",
            "black friday", "cyber monday", "check out our (other|new|latest|full|whole)", "(browse|visit|explore|discover) our (store|shop|storefront|catalog|catalogue|website|range|collection|other products)",
            "our (new|latest|spring|summer|autumn|winter) (collection|products|range|arrivals|line)", "new arrivals", "newsletter",
            "follow us", "(subscribe|sign up) (to|for) our", "free gift", "buy one,? get one", "loyalty (program|programme|points|card)",
            "catalog(ue)?s?", "you (may|might|will) also (like|love|enjoy)", "save \\d+ ?(%|€|\\$|£|euro|dollars?)", "use (the )?code",
            "(recommend|tell) (us )?to (your )?(friends|family)",
            "rabatt(code|aktion)?", "gutschein(code)?e?", "aktionscode", "sonderangebot(e)?", "exklusive[sn]? angebot", "angebot gilt",
            "(ihre[rn]?|die|der|bei ihrer|beim) nächsten? (bestellung|einkauf|kauf)", "schlussverkauf", "sommerschlussverkauf", "neue kollektion",
            "(besuchen|entdecken) sie (unseren|unser|unsere) (shop|sortiment|katalog|onlineshop|website|kollektion)", "stöbern sie", "folgen sie uns",
            "(gratis|kostenlose[sn]?) (geschenk|zugabe)", "katalog", "newsletter",
            "code promo", "code de réduction", "bon (d'achat|de réduction)", "(votre |une )?prochaine commande", "(votre |un )?prochain achat",
            "offre (spéciale|exclusive|limitée)", "soldes", "nouvelle collection", "découvrez (nos|notre) (autres|nouveaux|nouvelle|boutique|gamme|collection)",
            "visitez notre (boutique|site)", "suivez-nous", "cadeau offert", "réduction (de|sur)",
            "código (de descuento|promocional)", "cupón", "(su |un )?próxim[ao] (compra|pedido)", "oferta (especial|exclusiva|limitada)", "rebajas",
            "nueva colección", "descubra nuestr[oa]s", "visite nuestra tienda", "síganos", "catálogo", "descuento (del|de un|en)",
            "codice (sconto|promozionale)", "buono sconto", "(il suo |un )?prossimo (acquisto|ordine)", "offerta (speciale|esclusiva|limitata)",
            "saldi", "nuova collezione", "scopr[ai] (i nostri|la nostra|il nostro)", "visit[ai] il nostro negozio", "seguici", "catalogo",
            "in omaggio", "sconto (del|di|sul)");

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:can't|cannot|can not|don't|do not|doesn't|won't|will not|not|no|never|neither|nor|kein\\p{L}*"
                    + "|nicht|niemals|pas|jamais|aucun\\p{L}*|ningún|ninguna|nunca|non|nessun\\p{L}*|mai)(?![\\p{L}])[^.!?\\n]{0,50}$");
    /** "Don't forget your coupon" is no refusal. */
    private static final Pattern NOT_A_NEGATION = Pattern.compile(
            "(?:don't|do not) (?:forget|miss)|nicht vergessen|n'oubliez pas|ne manquez pas|no olvide|no se pierda|non dimentichi"
                    + "|non perda");

    static boolean negated(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 60), at);
        int sentence = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')),
                Math.max(before.lastIndexOf('?'), before.lastIndexOf('\n')));
        String clause = before.substring(sentence + 1);
        return NEGATION.matcher(clause).find() && !NOT_A_NEGATION.matcher(clause).find();
    }

    @Override
    public RuleId id() {
        return RuleId.C4;
    }

    @Override
    public String description() {
        return "No promotion: discount codes, coupons, future-purchase incentives, catalogs, marketing";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView view : context.views()) {
            List<Match> sentences = new ArrayList<>();
            for (Match phrase : PHRASES.findAll(view)) {
                if (negated(view.lower(), phrase.start())) {
                    continue; // "we can't offer a coupon", "we don't send any newsletter"
                }
                Match sentence = Sentences.sentenceWithTrailingSpace(view.lower(), phrase.start(), phrase.end());
                if (sentences.stream().anyMatch(sentence::overlaps)) {
                    continue;
                }
                sentences.add(sentence);
                String quote = view.text().substring(phrase.start(), phrase.end());
                findings.add(context.finding(id(), Severity.BLOCK,
                        "This is promotion (\"" + quote + "\"). Discount codes, coupons, offers for a future purchase, "
                                + "catalogs and marketing are forbidden in buyer messages. Drop the sentence.",
                        view, phrase.start(), phrase.end(),
                        context.fix("Drop the promotional sentence", view, sentence.start(), sentence.end(), "")));
            }
        }
        return findings;
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: size", "It fits. Use code SAVE10 for 10% off your next order.")),
                RuleExample.bad(Draft.reply("Re: Größe", "Mit dem Gutschein sparen Sie bei der nächsten Bestellung.")),
                RuleExample.bad(Draft.reply("Re: taille", "Découvrez notre nouvelle collection en boutique.")),
                RuleExample.good(Draft.reply("Re: scratch", "We can refund 15% of the price for the scratch, or send a new one.")),
                RuleExample.good(Draft.reply("Re: discount?", "Sorry, we can't offer a discount code on this item.")));
    }
}
