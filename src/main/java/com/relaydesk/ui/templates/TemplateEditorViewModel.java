package com.relaydesk.ui.templates;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.model.Order;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.Severity;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.templates.TemplateVariable;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One template being written: its fields, whether they differ from what is saved, the linter's
 * findings (judged as Save judges them, filled from a sample order) and a preview filled from the
 * order of the message selected in the main window, or the sample order when there is none.
 * Linting runs on every change: it takes well under a millisecond.
 */
public final class TemplateEditorViewModel {

    /** Where a variable goes: the subject line or the text. */
    public enum Field { SUBJECT, BODY }

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObjectProperty<MessageKind> kind = new SimpleObjectProperty<>(MessageKind.REPLY);
    private final ObjectProperty<ContactReason> reason = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveBlockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewSource = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");

    private TemplateService service;
    private String sellerName = "";
    private Order order;
    private String id;
    private Template baseline = blank("en");

    public TemplateEditorViewModel() {
        ChangeListener<Object> changed = (obs, old, now) -> refresh();
        name.addListener(changed);
        language.addListener(changed);
        kind.addListener(changed);
        reason.addListener(changed);
        subject.addListener(changed);
        body.addListener(changed);
        refresh();
    }

    void use(TemplateService templateService, String seller) {
        this.service = templateService;
        this.sellerName = seller == null || seller.isBlank() ? "Your shop" : seller;
        refresh();
    }

    /** The preview fills from this order (the message selected in the main window); null: a sample order. */
    public void useOrder(Order selected) {
        this.order = selected;
        refresh();
    }

    /** Shows a saved template for editing. */
    void edit(Template template) {
        id = template.id();
        load(template);
    }

    /** Starts a new template in this language, with a greeting and a signature to write between. */
    void startNew(String inLanguage) {
        id = null;
        load(blank(inLanguage));
    }

    /** The saved template's id, or null while a new one is being written. */
    String id() {
        return id;
    }

    boolean isNew() {
        return id == null;
    }

    private void load(Template template) {
        baseline = template;
        name.set(isNew() ? "" : template.name());
        language.set(template.language());
        kind.set(template.kind());
        reason.set(template.reason());
        subject.set(template.subject());
        body.set(template.body());
        refresh();
    }

    private static Template blank(String language) {
        String greeting = "de".equals(language) ? "Hallo {{buyer.name}},\n\n\n\nViele Grüße\n{{seller.name}}"
                : "Hello {{buyer.name}},\n\n\n\nBest regards,\n{{seller.name}}";
        return new Template("new", "new", language, MessageKind.REPLY, null, "", greeting);
    }

    /** The template as the fields say, with this id (the name may still be blank: "Untitled"). */
    Template toTemplate(String withId) {
        String shownName = name.get() == null || name.get().isBlank() ? "Untitled" : name.get().strip();
        return new Template(withId, shownName, language.get(), kind.get() == null ? MessageKind.REPLY : kind.get(),
                reason.get(), subject.get(), body.get());
    }

    /** Puts {{variable}} in place of the selection (or at the caret); returns the caret after it. */
    public int insertVariable(TemplateVariable variable, Field field, int selectionStart, int selectionEnd) {
        StringProperty target = field == Field.SUBJECT ? subject : body;
        String text = target.get();
        int from = Math.max(0, Math.min(Math.min(selectionStart, selectionEnd), text.length()));
        int to = Math.max(from, Math.min(Math.max(selectionStart, selectionEnd), text.length()));
        String inserted = "{{" + variable.key() + "}}";
        target.set(text.substring(0, from) + inserted + text.substring(to));
        return from + inserted.length();
    }

    /** Puts the fields back as they were saved. */
    public void revert() {
        load(baseline);
    }

    private void refresh() {
        boolean changed = !Objects.equals(name.get(), isNew() ? "" : baseline.name())
                || !Objects.equals(language.get(), baseline.language()) || kind.get() != baseline.kind()
                || reason.get() != baseline.reason() || !Objects.equals(subject.get(), baseline.subject())
                || !Objects.equals(body.get(), baseline.body());
        dirty.set(changed);
        title.set((isNew() ? "New template" : baseline.name()) + (changed ? "  (not saved)" : ""));
        if (service == null) {
            findings.clear();
            blocked.set(false);
            saveBlockedReason.set("No mailbox is open: templates are kept with the mailbox.");
            return;
        }
        Template current = toTemplate(id == null ? "new" : id);
        LintReport report = service.check(current);
        findings.setAll(report.findings());
        blocked.set(report.blocked());
        saveBlockedReason.set(whySaveIsOff(report));
        TemplateService.Preview preview = service.preview(current, order == null ? TemplateService.sampleOrder() : order,
                sellerName);
        previewSubject.set(preview.rendered().subject());
        previewBody.set(preview.rendered().text());
        previewSource.set(order == null ? "Filled from a sample order (select a message whose order is imported — "
                + "menu → Import orders report… — to see it filled from that order)" : "Filled from order " + order.orderId()
                + " (the message selected in the main window)");
        previewNote.set(preview.rendered().variableFindings().stream().map(Finding::message)
                .collect(Collectors.joining("\n")));
    }

    private String whySaveIsOff(LintReport report) {
        if (name.get() == null || name.get().isBlank()) {
            return "Give the template a name to save it.";
        }
        if (!report.blocked()) {
            return "";
        }
        Set<String> rules = new LinkedHashSet<>();
        report.findings().stream().filter(f -> f.severity() == Severity.BLOCK)
                .forEach(f -> rules.add(f.ruleId() + " (" + f.ruleId().title() + ")"));
        return "Cannot be saved while " + String.join(", ", rules) + (rules.size() == 1 ? " blocks" : " block")
                + ": see the policy check.";
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty languageProperty() { return language; }
    public ObjectProperty<MessageKind> kindProperty() { return kind; }
    public ObjectProperty<ContactReason> reasonProperty() { return reason; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public ObservableList<Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** Empty when Save may run; otherwise the sentence that says why not. */
    public ReadOnlyStringProperty saveBlockedReasonProperty() { return saveBlockedReason.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewSubjectProperty() { return previewSubject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewBodyProperty() { return previewBody.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewSourceProperty() { return previewSource.getReadOnlyProperty(); }
    /** Variables the selected order cannot fill (it has no tracking number, say): shown, not blocking a save. */
    public ReadOnlyStringProperty previewNoteProperty() { return previewNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
}
