package com.relaydesk.lint.check;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintContext;
import com.relaydesk.lint.Part;
import com.relaydesk.lint.Rule;
import com.relaydesk.lint.RuleExample;
import com.relaydesk.rules.Severity;
import com.relaydesk.lint.text.ContactLeadIn;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.relaydesk.rules.BuyerLanguage;
import org.jsoup.nodes.Element;

/** C6: no phone numbers or e-mail addresses — they move the conversation off the relay. */
public final class ContactDetailsRule implements Rule {

    /** What a contact detail is replaced with: the relay is the way to reach the seller. */
    public static final String REPLACEMENT = "reply to this message";
    /** The same in the language the message is written in, so a fix does not put English into a Spanish reply. */
    private static final Map<String, String> REPLACEMENTS = Map.of(BuyerLanguage.ENGLISH, REPLACEMENT,
            "de", "antworten Sie auf diese Nachricht", "fr", "répondez à ce message", "es", "responda a este mensaje",
            "it", "risponda a questo messaggio", "nl", "beantwoord dit bericht");

    @Override
    public RuleId id() {
        return RuleId.C6;
    }

    @Override
    public String description() {
        return "No phone numbers or e-mail addresses";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView view : context.views()) {
            for (Match email : context.spotted(view).emails()) {
                findings.add(finding(context, view, email, "E-mail address"));
            }
            for (Match phone : context.spotted(view).phones()) {
                findings.add(finding(context, view, phone, "Phone number"));
            }
        }
        if (context.html() != null) {
            for (Element link : context.html().select("a[href]")) {
                String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
                if ((href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("sms:")
                        || href.startsWith("callto:") || href.contains("wa.me/") || href.contains("whatsapp"))
                        && !context.quotedFromBuyer(link) && !href.contains("@marketplace.amazon.")) {
                    int start = HtmlSpans.start(link);
                    int end = HtmlSpans.end(link);
                    String replacement = replacementIn(context.html().text());
                    findings.add(new Finding(id(), Severity.BLOCK,
                            "Contact link (" + link.attr("href") + "). Phone numbers and e-mail addresses move the "
                                    + "conversation off the relay, which the marketplace forbids. Ask the buyer to reply "
                                    + "to this message instead.",
                            Part.HTML, start, end,
                            List.of(new Fix("Replace with \"" + replacement + "\"", Part.HTML, start, end, replacement))));
                }
            }
        }
        return findings;
    }

    private Finding finding(LintContext context, TextView view, Match match, String what) {
        String replacement = replacementIn(view.text());
        // "call us at" goes with the number: "call us at reply to this message" is no sentence.
        Match replaced = ContactLeadIn.around(view.text(), match.start(), match.end());
        int from = ContactLeadIn.afterRepeatedReplacement(view.text(), replaced.start(), replacement);
        String fitted = from < replaced.start() ? "" : ContactLeadIn.fitted(replacement, view.text(), replaced.start());
        return context.finding(id(), Severity.BLOCK,
                what + " \"" + match.value() + "\". Phone numbers and e-mail addresses move the conversation off the "
                        + "relay, which the marketplace forbids. Ask the buyer to reply to this message instead.",
                view, match.start(), match.end(), context.orDropSentence(
                        context.fix(fitted.isEmpty() ? "Remove it: the reply already says \"" + replacement + "\""
                                : "Replace with \"" + replacement + "\"", view, from, replaced.end(), fitted),
                        view, match.start(), match.end()));
    }

    /** "reply to this message" in the language the text is written in; English when the words do not say. */
    static String replacementIn(String text) {
        String language = BuyerLanguage.writtenIn(text);
        return REPLACEMENTS.getOrDefault(language == null ? BuyerLanguage.ENGLISH : language, REPLACEMENT);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: help", "Call us on +49 30 1234567 and we sort it out.")),
                RuleExample.bad(Draft.reply("Re: help", "Write to service [at] myshop dot com please.")),
                RuleExample.bad(Draft.reply("Re: help", "Mail me: anna.berg@myshop.de")),
                RuleExample.bad(Draft.reply("Re: help", "Ring (555) 123-4567 any time.")),
                RuleExample.bad(Draft.reply("Re: cancel", "We cancelled it. Call me at +1 415 555 0199 if anything is wrong.")),
                RuleExample.bad(Draft.reply("Re: Cancelar pedido", "Hola Carmen, he cancelado el pedido. Si tiene preguntas "
                        + "llame al +34 612 345 678.")),
                RuleExample.good(Draft.reply("Re: help", "Order 302-1234567-7654321, tracking 1Z999AA10123456784, "
                        + "model XR-2000, price 1.299,00 €, delivered 12.03.2025 to 10115 Berlin.")),
                RuleExample.good(Draft.reply("Re: help", "Your DHL tracking number is 003404341612.")));
    }
}
