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

/** C7: a message may not ask the buyer to opt out of messages; the marketplace offers that itself. */
public final class OptOutRequestRule implements Rule {

    private static final Lexicon PHRASES = Lexicon.of(
            "unsubscribe", "opt[- ]?out", "stop receiving (these |our |such |further |future |any )?(messages|emails|e-mails|mails)",
            "no longer (wish|want|like) to (receive|hear|get)", "(don't|do not) want (to receive |any )?(more |further )?(messages|emails)",
            "block (our|these|my|further) (messages|emails)", "block us", "(turn|switch) off (our |these |seller |all )?(messages|notifications)",
            "disable (our |these |seller )?messages",
            "abmelden", "abbestellen", "keine (weiteren )?(nachrichten|e-mails|mails) (mehr )?(erhalten|bekommen|wünschen)",
            "nachrichten (von uns )?(blockieren|deaktivieren)", "widersprechen sie",
            "(vous )?désabonner", "désabonnez", "désinscri\\w*", "ne plus recevoir", "bloquer (nos|ces) messages",
            "darse de baja", "date de baja", "dese de baja", "dejar de recibir", "cancelar (la|su) suscripción", "no recibir más",
            "disiscriv\\w*", "annullare l'iscrizione", "non ricevere più", "smettere di ricevere", "bloccare i nostri messaggi");

    @Override
    public RuleId id() {
        return RuleId.C7;
    }

    @Override
    public String description() {
        return "No asking the buyer to opt out of messages";
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextView view : context.views()) {
            for (Match phrase : PHRASES.findAll(view)) {
                Match sentence = Sentences.sentenceWithTrailingSpace(view.lower(), phrase.start(), phrase.end());
                findings.add(context.finding(id(), Severity.BLOCK,
                        "This tells the buyer how to stop messages (\"" + view.text().substring(phrase.start(), phrase.end())
                                + "\"). Asking a buyer to opt out is forbidden: the marketplace offers that itself. "
                                + "Drop the sentence.",
                        view, phrase.start(), phrase.end(),
                        context.fix("Drop the sentence", view, sentence.start(), sentence.end(), "")));
            }
        }
        return findings;
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.bad(Draft.reply("Re: box", "To stop receiving our messages, click unsubscribe in your account.")),
                RuleExample.bad(Draft.reply("Re: Karton", "Sie können sich jederzeit von unseren Nachrichten abmelden.")),
                RuleExample.good(Draft.reply("Re: box", "We have sent a new box today.")));
    }
}
