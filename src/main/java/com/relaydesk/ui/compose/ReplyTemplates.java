package com.relaydesk.ui.compose;

import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.BuyerLanguage;
import com.relaydesk.templates.RenderedTemplate;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The templates (E5) a reply can start from, in the buyer's language first, filled from the order
 * when one is chosen; and "Save as template…" the other way round.
 */
final class ReplyTemplates {

    private static final String PROMPT = "Start from a template…";

    private final UiTasks tasks;
    private final ReplyForm form;
    private final Consumer<String> status;
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(PROMPT);
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private TemplateService service;
    private String sellerName = "";
    /** The language to answer in (C13): templates in it are offered first. */
    private String buyerLanguage = BuyerLanguage.ENGLISH;
    /** A reply saved as a template is in the language of the last template used, else the buyer's. */
    private String templateLanguage = "en";
    /** The text the last template put in; null before one was chosen. */
    private String appliedText;
    private Runnable changed = () -> { };

    ReplyTemplates(UiTasks tasks, ReplyForm form, Consumer<String> status) {
        this.tasks = tasks;
        this.form = form;
        this.status = status;
    }

    void use(TemplateService templateService, String seller) {
        this.service = templateService;
        this.sellerName = seller == null ? "" : seller;
    }

    /** Runs after a template was saved from this reply (the Templates window, if open, reads the list again). */
    void onChanged(Runnable templatesChanged) {
        this.changed = templatesChanged;
    }

    /** A new reply to a buyer writing {@code language}: offers the templates in it first. */
    void answerIn(String language) {
        buyerLanguage = language;
        templateLanguage = language;
        read();
    }

    void read() {
        TemplateService reading = service;
        if (reading == null) {
            return;
        }
        tasks.run(() -> {
            reading.offerStarterSet(); // a new mailbox starts with the compliant starter set
            return reading.repository().list();
        }, this::offer, e -> status.accept("Templates could not be read: " + e.getMessage()));
    }

    /** Offers the templates in the buyer's language first (by name, as the Templates window lists them), then the rest. */
    private void offer(List<Template> list) {
        String language = buyerLanguage;
        List<Template> ordered = new ArrayList<>(list);
        ordered.sort(Comparator.comparing(t -> !t.language().equals(language)));
        templates.setAll(ordered);
        String name = BuyerLanguage.displayName(language);
        long inLanguage = ordered.stream().filter(t -> t.language().equals(language)).count();
        if (inLanguage == 0 && !ordered.isEmpty()) {
            prompt.set("Start from a template (none in " + name + " yet)…");
        } else {
            prompt.set(inLanguage == ordered.size() ? PROMPT : "Start from a template (" + name + " first)…");
        }
    }

    /** Fills the reply from a template and the order; what the order cannot fill stays and blocks (E5). */
    void apply(Template chosen) {
        if (chosen == null || service == null) {
            return;
        }
        templateLanguage = chosen.language();
        RenderedTemplate rendered = service.preview(chosen, form.order(), form.messageFacts(), sellerName).rendered();
        if (chosen.kind() == MessageKind.UNSOLICITED && !rendered.subject().isBlank()) {
            form.subject().set(rendered.subject());
            form.newMessage().set(true);
        }
        form.chooseReason(chosen.reason()); // a template is written for many orders: one this order does not offer is no news
        form.body().set(rendered.text());
        appliedText = rendered.text();
    }

    /** Whether the text is the last template's as it was put in, untouched since (another may replace it freely). */
    boolean textIsTheTemplates() {
        return appliedText != null && appliedText.equals(form.body().get());
    }

    /** The reply as written, to be named as a template; empty when no mailbox is open. */
    Optional<SaveAsTemplateViewModel> saveAsTemplate() {
        if (service == null) {
            status.accept("No mailbox is open: templates are kept with the mailbox.");
            return Optional.empty();
        }
        return Optional.of(new SaveAsTemplateViewModel(tasks, service, form.subject().get(), form.body().get(),
                form.kind(), form.contactReason().get(), form.order(), sellerName, templateLanguage, this::saved));
    }

    /** A template was saved from this reply: say so and offer it in the picker. */
    private void saved(Template template) {
        status.accept("Saved as the template \"" + template.name() + "\".");
        read();
        changed.run();
    }

    ObservableList<Template> list() { return templates; }
    ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }
    String buyerLanguage() { return buyerLanguage; }
}
