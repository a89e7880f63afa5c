package com.relaydesk.lint;

import com.relaydesk.lint.text.BuyerWords;
import com.relaydesk.lint.text.EmailFinder;
import com.relaydesk.lint.text.HtmlReader;
import com.relaydesk.lint.text.LinkFinder;
import com.relaydesk.lint.text.Match;
import com.relaydesk.lint.text.PhoneFinder;
import com.relaydesk.lint.text.PlainTextReader;
import com.relaydesk.lint.text.Sentences;
import com.relaydesk.lint.text.SubjectReader;
import com.relaydesk.lint.text.TextView;
import com.relaydesk.lint.text.Topics;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A draft read once for all rules: the subject and bodies as {@link TextView}s (quoted buyer text
 * set apart, C11), the parsed HTML, and what several rules ask about — addresses, links, phone
 * numbers, the topic — worked out on first use.
 */
public final class LintContext {

    private final Draft draft;
    private final BuyerWords buyerWords;
    private final List<TextView> views = new ArrayList<>();
    private final Document html;
    private final Map<TextView, Spotted> spotted = new IdentityHashMap<>();
    private Topics.Reading topic;

    /** What was found in one view: e-mail addresses, then links and phone numbers not inside them. */
    public record Spotted(List<Match> emails, List<Match> links, List<Match> phones) {
    }

    public LintContext(Draft draft) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.buyerWords = BuyerWords.of(draft.quotedBuyerText());
        views.add(SubjectReader.read(draft.subject(), draft.kind() == MessageKind.REPLY, buyerWords));
        if (draft.text() != null) {
            views.add(PlainTextReader.read(Part.TEXT, draft.text(), buyerWords));
        }
        if (draft.html() != null) {
            HtmlReader.Result read = HtmlReader.read(draft.html(), buyerWords);
            html = read.document();
            views.add(read.view());
        } else {
            html = null;
        }
    }

    public Draft draft() {
        return draft;
    }

    /** Subject first, then the plain-text body and the HTML body where the draft has them. */
    public List<TextView> views() {
        return views;
    }

    /** The body views, without the subject. */
    public List<TextView> bodies() {
        return views.subList(1, views.size());
    }

    public TextView subject() {
        return views.get(0);
    }

    /** The parsed HTML body, or null for a plain-text draft. */
    public Document html() {
        return html;
    }

    /**
     * Whether an HTML element (a link, an image, a form) stands in a quote of what the buyer wrote
     * (C11): inside a quote container, with its words and the address it points to in the buyer's
     * message. A blockquote alone proves nothing: anyone can write one.
     */
    public boolean quotedFromBuyer(Element element) {
        Element container = element;
        while (container != null && !HtmlReader.isQuote(container)) {
            container = container.parent();
        }
        if (container == null || !buyerWords.known() || !buyerWords.wrote(element.text())) {
            return false;
        }
        String address = element.hasAttr("href") ? element.attr("href")
                : element.hasAttr("src") ? element.attr("src") : element.attr("action");
        address = address.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*:(//)?", "").replaceFirst("/+$", "");
        return address.isEmpty() || buyerWords.wrote(address);
    }

    public boolean unsolicited() {
        return draft.kind() == MessageKind.UNSOLICITED;
    }

    /** What the message is about: critical (C1) or one of the not-critical kinds (C2). */
    public Topics.Reading topic() {
        if (topic == null) {
            topic = Topics.read(views, draft.contactReason());
        }
        return topic;
    }

    /** Addresses, links and phone numbers in a view, found once and shared by C5, C6 and C11. */
    public Spotted spotted(TextView view) {
        return spotted.computeIfAbsent(view, v -> {
            String text = v.text();
            List<Match> emails = EmailFinder.find(text, v.lower());
            List<Match> links = new ArrayList<>();
            for (Match link : LinkFinder.find(text, v.lower())) {
                if (emails.stream().noneMatch(link::overlaps)) {
                    links.add(link);
                }
            }
            List<Match> phones = new ArrayList<>();
            for (Match phone : PhoneFinder.find(text)) {
                if (emails.stream().noneMatch(phone::overlaps) && links.stream().noneMatch(phone::overlaps)) {
                    phones.add(phone);
                }
            }
            return new Spotted(emails, links, phones);
        });
    }

    /** A finding about {@code [start, end)} of a view, its span mapped back to the source. */
    public Finding finding(RuleId rule, Severity severity, String message, TextView view, int start, int end,
                           Fix... fixes) {
        return new Finding(rule, severity, message, view.part(), view.sourceStart(start), view.sourceEnd(end),
                List.of(fixes));
    }

    /** A fix replacing {@code [start, end)} of a view, mapped back to the source. */
    public Fix fix(String label, TextView view, int start, int end, String replacement) {
        return new Fix(label, view.part(), view.sourceStart(start), view.sourceEnd(end), replacement);
    }

    /**
     * {@code fix}, and dropping the whole sentence that holds [start, end) of the view as the other
     * choice: removing only a phone number or a link leaves a broken sentence behind ("Call me at
     * reply to this message", "or visit  ok"). No second choice when that sentence is all the text.
     */
    public Fix[] orDropSentence(Fix fix, TextView view, int start, int end) {
        Match sentence = Sentences.sentenceWithTrailingSpace(view.text(), start, end);
        String rest = view.text().substring(0, sentence.start()) + view.text().substring(sentence.end());
        if (rest.isBlank()) {
            return new Fix[] {fix};
        }
        return new Fix[] {fix, fix("Drop the sentence", view, sentence.start(), sentence.end(), "")};
    }

    /** The source text of a part. */
    public String source(Part part) {
        return draft.textOf(part);
    }
}
