package com.relaydesk.ui.templates;

import com.relaydesk.lint.Finding;
import com.relaydesk.model.Order;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.Severity;
import com.relaydesk.spelling.Spelling;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateIds;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.spelling.TextSpelling;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * "Templates…": the mailbox's templates with a search, and new, duplicate, save and delete.
 * Disk work runs through {@link UiTasks}; saving goes through {@link TemplateService#save}, which
 * lints and refuses what blocks — the refusal names the rules.
 */
public final class TemplatesViewModel {

    private final UiTasks tasks;
    private final TemplateEditorViewModel editor = new TemplateEditorViewModel();
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final FilteredList<Template> shown = new FilteredList<>(templates, t -> true);
    private final StringProperty search = new SimpleStringProperty("");
    /** "Add the 3 missing starter templates" while some of the starter set are not here (deleted, say); else empty. */
    private final javafx.beans.binding.StringBinding addStarters = javafx.beans.binding.Bindings.createStringBinding(() -> {
        java.util.Set<String> missing = new java.util.TreeSet<>(com.relaydesk.templates.StarterTemplates.ids());
        templates.forEach(t -> missing.remove(t.id()));
        return missing.isEmpty() ? "" : missing.size() == 1 ? "Add the missing starter template"
                : "Add the " + missing.size() + " missing starter templates";
    }, templates);
    /** The language the list is narrowed to ("es"); empty for all. */
    private final StringProperty language = new SimpleStringProperty("");
    /** "" (all) and each language the mailbox has templates in, for the language filter. */
    private final ObservableList<String> languages = FXCollections.observableArrayList("");
    private final ReadOnlyObjectWrapper<Template> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final TextSpelling spelling;
    private TemplateService service;
    private Runnable onChanged = () -> { };
    private Spelling spellingService;
    /** The language and marketplace the spelling dictionary was last chosen for. */
    private String spellingFor;
    /** The marketplace of the order the preview is filled from ("marketplace.amazon.co.uk"); null for the sample. */
    private String marketplace;

    public TemplatesViewModel(UiTasks tasks) {
        this.tasks = tasks;
        search.addListener((obs, old, now) -> filter());
        language.addListener((obs, old, now) -> {
            if (now == null) { // the filter list cleared its choice as its languages were read again
                language.set(old != null && languages.contains(old) ? old : "");
                return;
            }
            filter();
        });
        templates.addListener((javafx.collections.ListChangeListener<Template>) change -> showLanguages(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                        templates.stream().map(Template::language).distinct().sorted()).toList()));
        editor.startNew("en");
        spelling = new TextSpelling(tasks, message::set, "template");
        editor.bodyProperty().addListener((obs, old, now) -> spelling.check(now));
        editor.languageProperty().addListener((obs, old, now) -> followSpelling());
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                spelling.anotherText();
            }
        });
    }

    /**
     * The filter's languages, changed in place: replaced whole (after Duplicate, Delete) the filter
     * list lost its choice and showed nothing, though the templates were still filtered by it.
     */
    private void showLanguages(List<String> now) {
        languages.retainAll(now);
        for (int i = 0; i < now.size(); i++) {
            if (i >= languages.size() || !languages.get(i).equals(now.get(i))) {
                languages.add(i, now.get(i));
            }
        }
    }

    /** Checks the templates' spelling with {@code service}: the dictionary follows each template's language. */
    public void useSpelling(Spelling service) {
        this.spellingService = service;
    }

    /**
     * The preview fills from {@code selectedOrder} (the message selected in the main window), or a
     * sample when null; English is spelt as that order's marketplace spells it.
     */
    public void useOrder(Order selectedOrder) {
        editor.useOrder(selectedOrder);
        marketplace = selectedOrder == null ? null : Aliases.domainOf(selectedOrder.buyerAlias());
        followSpelling();
    }

    /** Chooses the dictionary again when the template's language or the marketplace changed. */
    private void followSpelling() {
        String now = editor.languageProperty().get() + " " + marketplace;
        if (spellingService != null && !now.equals(spellingFor)) {
            spellingFor = now;
            spelling.start(editor.languageProperty().get(), marketplace, null);
        }
    }

    /** The open mailbox's templates, and the seller's name for {{seller.name}} in the preview. */
    public void attach(TemplateService templateService, String sellerName) {
        this.service = templateService;
        editor.use(templateService, sellerName);
        if (spellingService != null) {
            spelling.use(spellingService, sellerName);
            spellingFor = null; // the shop's name is known now: check again
            followSpelling();
        }
    }

    /** Another mailbox is being opened: nothing to show until it is. */
    public void detach() {
        this.service = null;
        editor.use(null, null);
        templates.clear();
    }

    /** Runs after a template was saved or deleted (the reply editor reads the list again). */
    public void onChanged(Runnable changed) {
        this.onChanged = changed;
    }

    /** Reads the templates; a mailbox without any gets the compliant starter set first. */
    public void open() {
        TemplateService current = service;
        if (current == null) {
            message.set("No mailbox is open yet: templates are kept with the mailbox.");
            return;
        }
        message.set("");
        tasks.run(() -> {
            current.offerStarterSet();
            return current.repository().list();
        }, list -> {
            templates.setAll(list);
            Template keep = selected.get() == null ? null : byId(selected.get().id()).orElse(null);
            if (keep != null) {
                select(keep);
            } else if (!shown.isEmpty()) {
                select(shown.get(0));
            } else {
                newTemplate();
            }
        }, e -> message.set("The templates could not be read: " + e.getMessage()));
    }

    /**
     * Adds back the starter templates that are not here (deleted ones, or a language the seller
     * wants after all); templates of the same name and language are left as they are.
     */
    public void addStarters() {
        TemplateService current = service;
        if (current == null) {
            return;
        }
        tasks.run(current::installStarterSet, added -> {
            onChanged.run();
            open(); // reads the list again (and clears the message line first)
            message.set(added == 0 ? "Every starter template is here already (or one of yours has its name)."
                    : added == 1 ? "Added 1 starter template." : "Added " + added + " starter templates.");
        }, e -> message.set("The starter templates could not be added: " + e.getMessage()));
    }

    /** Shows this template in the editor (the view asked about unsaved changes before). */
    public void select(Template template) {
        if (template == null) {
            return;
        }
        selected.set(template);
        editor.edit(template);
    }

    /** Starts a new template, in the language of the one shown. */
    public void newTemplate() {
        String language = selected.get() == null ? editor.languageProperty().get() : selected.get().language();
        selected.set(null);
        editor.startNew(language);
        message.set("");
    }

    /**
     * Saves what the editor shows; a new template gets an id from its name. Refused, with the
     * reason, when the name is missing or taken or the linter finds something that blocks.
     */
    public void save(Runnable afterSaved) {
        TemplateService current = service;
        if (current == null) {
            message.set("Not saved: no mailbox is open.");
            return;
        }
        String name = editor.nameProperty().get() == null ? "" : editor.nameProperty().get().strip();
        if (name.isEmpty()) {
            message.set("Not saved: give the template a name.");
            return;
        }
        String language = editor.languageProperty().get();
        Optional<Template> clash = templates.stream().filter(t -> !t.id().equals(editor.id())
                && t.name().equalsIgnoreCase(name) && t.language().equalsIgnoreCase(language)).findFirst();
        if (clash.isPresent()) {
            message.set("Not saved: a template named \"" + clash.get().name() + "\" in " + language
                    + " exists already. Give this one another name.");
            return;
        }
        String id = editor.isNew() ? TemplateIds.newId(name, language, templates.stream().map(Template::id).toList())
                : editor.id();
        Template template = editor.toTemplate(id);
        tasks.run(() -> current.save(template), result -> {
            if (!result.saved()) {
                message.set("Not saved: " + blocking(result.report().findings()));
                return;
            }
            message.set("Saved \"" + template.name() + "\".");
            replaceInList(template);
            select(template);
            onChanged.run();
            afterSaved.run();
        }, e -> message.set("Not saved: " + e.getMessage()));
    }

    /** Saves a copy of the template shown (as saved) under "Copy of …" and shows the copy. */
    public void duplicate() {
        Template original = selected.get();
        TemplateService current = service;
        if (original == null || current == null) {
            return;
        }
        List<String> namesInLanguage = templates.stream().filter(t -> t.language().equals(original.language()))
                .map(Template::name).toList();
        String name = TemplateIds.copyName(original.name(), namesInLanguage);
        Template copy = new Template(TemplateIds.newId(name, original.language(),
                templates.stream().map(Template::id).toList()), name, original.language(), original.kind(),
                original.reason(), original.subject(), original.body());
        tasks.run(() -> current.save(copy), result -> {
            if (!result.saved()) {
                message.set("Not duplicated: " + blocking(result.report().findings()));
                return;
            }
            message.set("Duplicated as \"" + name + "\": rename it and change what differs.");
            replaceInList(copy);
            select(copy);
            onChanged.run();
        }, e -> message.set("Not duplicated: " + e.getMessage()));
    }

    /** Deletes the template shown (the view asked first) and shows the next one. */
    public void delete() {
        Template doomed = selected.get();
        TemplateService current = service;
        if (doomed == null || current == null) {
            return;
        }
        int at = shown.indexOf(doomed);
        tasks.run(() -> current.repository().delete(doomed.id()), deleted -> {
            templates.removeIf(t -> t.id().equals(doomed.id()));
            selected.set(null);
            message.set("Deleted \"" + doomed.name() + "\".");
            if (shown.isEmpty()) {
                editor.startNew(doomed.language());
            } else {
                select(shown.get(Math.min(Math.max(at, 0), shown.size() - 1)));
            }
            onChanged.run();
        }, e -> message.set("Not deleted: " + e.getMessage()));
    }

    /** "C3 (review request) blocks: …" — the rules and what they say, for a refused save. */
    static String blocking(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCK)
                .map(f -> f.ruleId() + " (" + f.ruleId().title() + ") blocks: " + f.message())
                .collect(Collectors.joining(" "));
    }

    private void replaceInList(Template saved) {
        templates.removeIf(t -> t.id().equals(saved.id()));
        int at = 0;
        while (at < templates.size() && compare(templates.get(at), saved) < 0) {
            at++;
        }
        templates.add(at, saved);
    }

    private static int compare(Template a, Template b) {
        int byName = String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());
        return byName != 0 ? byName : a.language().compareTo(b.language());
    }

    private Optional<Template> byId(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private void filter() {
        String query = search.get();
        String only = language.get() == null ? "" : language.get();
        shown.setPredicate(t -> (only.isEmpty() || t.language().equals(only)) && matches(t, query));
    }

    private static boolean matches(Template t, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return (t.name() + "\n" + t.language() + "\n" + t.subject() + "\n" + t.body()
                + (t.reason() == null ? "" : "\n" + t.reason().label())).toLowerCase(Locale.ROOT).contains(q);
    }

    /** One line under the name in the list: language, kind and contact reason. */
    public static String describe(Template t) {
        return t.language().toUpperCase(Locale.ROOT) + " · "
                + (t.kind() == com.relaydesk.lint.MessageKind.UNSOLICITED ? "New message" : "Reply")
                + (t.reason() == null ? "" : " · " + t.reason().label());
    }

    public TemplateEditorViewModel editor() { return editor; }
    /** The templates that match the search, by name. */
    public ObservableList<Template> shown() { return shown; }
    public StringProperty searchProperty() { return search; }
    /** The language the list shows ("es"), empty for every language: 36 starters in four languages are a long list. */
    public StringProperty languageProperty() { return language; }
    public javafx.beans.binding.StringBinding addStartersProperty() { return addStarters; }
    public ObservableList<String> languages() { return languages; }
    /** The saved template shown in the editor; null while a new one is written. */
    public ReadOnlyObjectProperty<Template> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** What the last command did, or why it did not: a sentence for the seller. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public TextSpelling spelling() { return spelling; }
}
