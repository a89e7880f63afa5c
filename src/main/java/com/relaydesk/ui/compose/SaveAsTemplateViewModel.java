package com.relaydesk.ui.compose;

import com.relaydesk.lint.MessageKind;
import com.relaydesk.model.Order;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.templates.OrderValues;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateIds;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Save as template…" in the reply editor: the reply being written becomes a template. Values of
 * this order the seller typed (the order ID, the buyer's name, …) can be turned back into
 * variables, so the template fits the next order too. Saved only when it lints clean of blocks.
 */
public final class SaveAsTemplateViewModel {

    private final UiTasks tasks;
    private final TemplateService service;
    private final String subject;
    private final String body;
    private final MessageKind kind;
    private final ContactReason reason;
    private final List<OrderValues.Replacement> found;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty language;
    private final BooleanProperty useVariables = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final java.util.function.Consumer<Template> onSaved;

    SaveAsTemplateViewModel(UiTasks tasks, TemplateService service, String subject, String body, MessageKind kind,
                            ContactReason reason, Order order, String sellerName, String language,
                            java.util.function.Consumer<Template> onSaved) {
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.service = service;
        // a reply's subject is the buyer's ("Re: …"): only a new message's subject belongs in the template
        this.subject = kind == MessageKind.UNSOLICITED ? subject : "";
        this.body = body;
        this.kind = kind;
        this.reason = reason;
        this.language = new SimpleStringProperty(language == null ? "en" : language);
        this.found = order == null ? List.of()
                : OrderValues.foundIn(this.subject + "\n" + body, order, sellerName, Locale.forLanguageTag(this.language.get()));
    }

    /** "111-0000001-0000001 → {{order.id}}, Anna Berg → {{buyer.name}}"; empty when the text has none. */
    public String replacements() {
        return found.stream().map(r -> r.value() + " → {{" + r.variable().key() + "}}").collect(Collectors.joining(", "));
    }

    /** The template as it would be saved under this id. */
    Template template(String id) {
        List<OrderValues.Replacement> replace = useVariables.get() ? found : List.of();
        return new Template(id, name.get().strip(), language.get(), kind, reason,
                OrderValues.toVariables(subject, replace), OrderValues.toVariables(body, replace));
    }

    /** Saves in the background; {@code afterSaved} runs with the template once it is in the mailbox. */
    public void save(java.util.function.Consumer<Template> afterSaved) {
        String chosen = name.get() == null ? "" : name.get().strip();
        if (chosen.isEmpty()) {
            message.set("Give the template a name.");
            return;
        }
        if (body.isBlank()) {
            message.set("The reply is empty: write the text first.");
            return;
        }
        String lang = language.get();
        message.set("Saving…");
        tasks.run(() -> {
            List<Template> existing = service.repository().list();
            Optional<Template> clash = existing.stream()
                    .filter(t -> t.name().equalsIgnoreCase(chosen) && t.language().equalsIgnoreCase(lang)).findFirst();
            if (clash.isPresent()) {
                return new Outcome(null, "A template named \"" + clash.get().name() + "\" in " + lang
                        + " exists already. Give this one another name.");
            }
            Template template = template(TemplateIds.newId(chosen, lang, existing.stream().map(Template::id).toList()));
            TemplateService.SaveResult result = service.save(template);
            return result.saved() ? new Outcome(template, "")
                    : new Outcome(null, "Not saved: " + result.report().findings().stream()
                    .filter(f -> f.severity() == com.relaydesk.rules.Severity.BLOCK)
                    .map(f -> f.ruleId() + " (" + f.ruleId().title() + ") blocks: " + f.message())
                    .collect(Collectors.joining(" ")));
        }, outcome -> {
            message.set(outcome.problem());
            if (outcome.saved() != null) {
                onSaved.accept(outcome.saved());
                afterSaved.accept(outcome.saved());
            }
        }, e -> message.set("Not saved: " + e.getMessage()));
    }

    private record Outcome(Template saved, String problem) {
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty languageProperty() { return language; }
    /** Whether this order's values in the text become variables (on by default when there are any). */
    public BooleanProperty useVariablesProperty() { return useVariables; }
    /** Why the last save did not happen; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
