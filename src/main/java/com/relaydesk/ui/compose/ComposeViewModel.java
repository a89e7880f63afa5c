package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.Linter;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.lint.Part;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.rules.Severity;
import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A reply being written: the linter runs on every change (it takes well under a millisecond),
 * its findings are listed and located, a fix rewrites the draft, and Send stays disabled while a
 * blocking finding stands — with the reason said.
 */
public final class ComposeViewModel {

    /** Replies may be up to 5,000 characters (C10, E6). */
    public static final int CHARACTER_LIMIT = 5000;

    private static final String PROMPT = "Start from a template…";

    private final Linter linter;
    private final UiTasks tasks;
    private final AttachingFiles attaching;
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<ContactReason> contactReason = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty newMessage = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<ContactReason> contactReasons = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the buyer wrote, to answer it with the question in view (the reading pane is often under this window). */
    private final ReadOnlyStringWrapper buyerWords = new ReadOnlyStringWrapper("");
    /** Over the words beside the editor: the buyer's, or the seller's own when answering from Sent. */
    private final ReadOnlyStringWrapper wordsHeading = new ReadOnlyStringWrapper("The buyer wrote");
    private final ReadOnlyStringWrapper allowance = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyDoubleWrapper allowanceUsed = new javafx.beans.property.ReadOnlyDoubleWrapper();
    private final StringBinding characterCount;
    private final BooleanBinding importantHelperVisible;
    private final BooleanBinding sendDisabled;
    private final StringBinding sendDisabledReason;
    private ReplySender sender;
    private MessageDetail original;
    private OrderStatus orderStatus;
    private com.relaydesk.model.Order order;
    /** Today, for a delivery date that has passed; tests set another. */
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();
    private com.relaydesk.templates.TemplateService templateService;
    private String sellerName = "";
    private String templateLanguage = "en";
    /** The language to answer in (C13): templates in it are offered first. */
    private String buyerLanguage = com.relaydesk.rules.BuyerLanguage.ENGLISH;
    private final ReadOnlyStringWrapper templatePrompt = new ReadOnlyStringWrapper(PROMPT);
    private final ObservableList<com.relaydesk.templates.Template> templates = FXCollections.observableArrayList();
    private String orderId;
    private List<String> quotedBuyerText = List.of();
    /** What the editor started with: nothing, or the signature under two empty lines. Untouched, it is no reply yet. */
    private String startingBody = "";
    /** The subject the reply opened with; a changed one is something set, to be kept as a draft. */
    private String startingSubject = "";
    private Runnable onSent = () -> { };

    /** For tests: what day it is. */
    ComposeViewModel clock(java.time.Clock today) {
        this.clock = today;
        return this;
    }

    public ComposeViewModel(Linter linter, UiTasks tasks) {
        this.linter = linter;
        this.tasks = tasks;
        this.attaching = new AttachingFiles(tasks);
        subject.addListener((obs, old, now) -> lint());
        body.addListener((obs, old, now) -> lint());
        contactReason.addListener((obs, old, now) -> lint());
        newMessage.addListener((obs, old, now) -> lint());
        attachments.addListener((javafx.collections.ListChangeListener<Attachment>) change -> lint());
        characterCount = Bindings.createStringBinding(
                () -> body.get().length() + " / " + CHARACTER_LIMIT, body);
        importantHelperVisible = Bindings.createBooleanBinding(() -> contactReason.get() != null
                && contactReason.get().critical() && !subject.get().startsWith("[Important]"), contactReason, subject);
        // On findings too, not only on the body: a change of the body tells these bindings before the
        // linter has run (invalidation listeners go first), so a label showing the reason counted the
        // findings of the text before, e.g. "Fix the 3 blocking findings" after a fix left 2.
        sendDisabledReason = Bindings.createStringBinding(this::whySendIsDisabled, blocked, sending, to, body, findings,
                attaching.addingProperty());
        sendDisabled = Bindings.createBooleanBinding(() -> !whySendIsDisabled().isEmpty(), blocked, sending, to, body,
                findings, attaching.addingProperty());
    }

    public void attach(ReplySender replySender) {
        this.sender = replySender;
    }

    /** Starts a reply to a buyer message; the order (when known) decides the contact reasons (B7). */
    public void replyTo(MessageDetail message, Optional<com.relaydesk.model.Order> knownOrder, Runnable afterSent) {
        original = message;
        order = knownOrder.orElse(null);
        orderStatus = order == null ? null : order.status();
        orderId = message.summary().orderId();
        onSent = afterSent;
        quotedBuyerText = message.textBody().isBlank() ? List.of() : List.of(message.textBody());
        buyerWords.set(com.relaydesk.inbox.ReadableText.ofMessage(message.textBody(), message.htmlBody()).words());
        wordsHeading.set(message.summary().sentBySeller() ? "You wrote" : "The buyer wrote");
        buyerLanguage = com.relaydesk.rules.BuyerLanguage.of(message.buyerAlias(), buyerWords.get());
        templateLanguage = buyerLanguage;
        contactReasons.setAll(orderStatus == null ? List.of(ContactReason.values()) : ContactReason.offeredFor(orderStatus));
        contactReason.set(null);
        newMessage.set(false);
        attachments.clear();
        to.set(message.buyerAlias() == null ? Optional.ofNullable(message.fromAddress()).orElse("") : message.buyerAlias());
        String originalSubject = message.summary().subject();
        subject.set(originalSubject.regionMatches(true, 0, "Re:", 0, 3) ? originalSubject : "Re: " + originalSubject);
        startingSubject = subject.get();
        startingBody = "";
        body.set("");
        status.set("");
        lint();
        readAllowance();
        readTemplates();
    }

    /**
     * Puts the person's signature under a reply not begun yet, with room above it; a begun one (typed,
     * or a draft brought back first) is left alone, but a text cut back to the signature alone still
     * counts as not begun.
     */
    public void startWithSignature(String signature) {
        if (signature == null || signature.isBlank()) {
            return;
        }
        boolean begun = !untouched();
        startingBody = "\n\n" + signature.strip();
        if (!begun) {
            body.set(startingBody);
        }
    }

    /** Nothing written yet: the text is empty or only the signature it started with. */
    public boolean untouched() {
        return body.get().isEmpty() || body.get().equals(startingBody);
    }

    /** Nothing set at all — no text written, no attachment, reason, new-message tick or changed subject: no draft to keep. */
    public boolean nothingSet() {
        return untouched() && attachments.isEmpty() && contactReason.get() == null && !newMessage.get()
                && subject.get().equals(startingSubject);
    }

    /** What the person wrote: the text, or nothing while it is only the signature. */
    public String writtenBody() {
        return untouched() ? "" : body.get();
    }

    /** Templates (E5) to offer; filled from the order when one is chosen. */
    public void useTemplates(com.relaydesk.templates.TemplateService service, String seller) {
        this.templateService = service;
        this.sellerName = seller == null ? "" : seller;
    }

    private void readTemplates() {
        com.relaydesk.templates.TemplateService service = templateService;
        if (service == null) {
            return;
        }
        tasks.run(() -> {
            service.offerStarterSet(); // a new mailbox starts with the compliant starter set
            return service.repository().list();
        }, this::offer, e -> status.set("Templates could not be read: " + e.getMessage()));
    }

    /** Offers the templates in the buyer's language first (by name, as the Templates window lists them), then the rest. */
    private void offer(List<com.relaydesk.templates.Template> list) {
        String language = buyerLanguage;
        List<com.relaydesk.templates.Template> ordered = new ArrayList<>(list);
        ordered.sort(java.util.Comparator.comparing(t -> !t.language().equals(language)));
        templates.setAll(ordered);
        String name = com.relaydesk.rules.BuyerLanguage.displayName(language);
        long inLanguage = ordered.stream().filter(t -> t.language().equals(language)).count();
        if (inLanguage == 0 && !ordered.isEmpty()) {
            templatePrompt.set("Start from a template (none in " + name + " yet)…");
        } else {
            templatePrompt.set(inLanguage == ordered.size() ? PROMPT : "Start from a template (" + name + " first)…");
        }
    }

    /** The templates changed elsewhere (the Templates window): offer the new list. */
    public void reloadTemplates() {
        readTemplates();
    }

    /**
     * "Save as template…": the reply as written, to be named; empty when no mailbox is open. The
     * language is that of the last template used, else the buyer's.
     */
    public Optional<SaveAsTemplateViewModel> saveAsTemplate() {
        if (templateService == null) {
            status.set("No mailbox is open: templates are kept with the mailbox.");
            return Optional.empty();
        }
        return Optional.of(new SaveAsTemplateViewModel(tasks, templateService, subject.get(), body.get(),
                newMessage.get() ? MessageKind.UNSOLICITED : MessageKind.REPLY, contactReason.get(), order, sellerName,
                templateLanguage, this::savedAsTemplate));
    }

    /** A template was saved from this reply: say so and offer it in the picker. */
    private void savedAsTemplate(com.relaydesk.templates.Template saved) {
        status.set("Saved as the template \"" + saved.name() + "\".");
        readTemplates();
        templatesChanged.run();
    }

    private Runnable templatesChanged = () -> { };

    /** Runs after a template was saved from this reply (the Templates window, if open, reads the list again). */
    public void onTemplatesChanged(Runnable changed) {
        this.templatesChanged = changed;
    }

    /** Fills the reply from a template and the order; what the order cannot fill stays and blocks (E5). */
    public void applyTemplate(com.relaydesk.templates.Template chosen) {
        if (chosen == null || templateService == null) {
            return;
        }
        templateLanguage = chosen.language();
        com.relaydesk.templates.RenderedTemplate rendered = templateService.preview(chosen, order, sellerName).rendered();
        if (chosen.kind() == MessageKind.UNSOLICITED && !rendered.subject().isBlank()) {
            subject.set(rendered.subject());
            newMessage.set(true);
        }
        if (chosen.reason() != null && contactReasons.contains(chosen.reason())) {
            contactReason.set(chosen.reason());
        }
        body.set(rendered.text());
    }

    /** The B5 meter: read in the background when the editor opens. */
    private void readAllowance() {
        ReplySender target = sender;
        if (target == null) {
            return;
        }
        tasks.run(target::allowance, reading -> {
            allowance.set(reading.sentToday() + " of " + reading.limit() + " messages today (B5)");
            allowanceUsed.set(reading.limit() == 0 ? 0 : (double) reading.sentToday() / reading.limit());
        }, e -> allowance.set(""));
    }

    Draft draft() {
        return new Draft(subject.get(), body.get(), null, List.copyOf(attachments),
                newMessage.get() ? MessageKind.UNSOLICITED : MessageKind.REPLY,
                contactReason.get(), orderStatus, quotedBuyerText, false);
    }

    private void lint() {
        LintReport report = linter.lint(draft());
        List<Finding> all = new ArrayList<>(report.findings());
        all.addAll(unfilledVariables(Part.SUBJECT, subject.get()));
        all.addAll(unfilledVariables(Part.TEXT, body.get()));
        PassedDeliveryDate.in(Part.TEXT, body.get(), order, java.time.LocalDate.now(clock)).ifPresent(all::add);
        findings.setAll(all);
        blocked.set(all.stream().anyMatch(f -> f.severity() == Severity.BLOCK));
    }

    /** The starter templates' "write here" markers, e.g. [Your answer here], [Ihre Antwort hier]. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "\\[(Your|Ihre|Votre|Su|La vostra) [^\\]]{1,40}\\]");

    /** A template variable left in the text would reach the buyer as braces (E5): it blocks and is named. */
    static List<Finding> unfilledVariables(Part part, String text) {
        List<Finding> found = new ArrayList<>();
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(new Finding(com.relaydesk.rules.RuleId.E5, Severity.BLOCK, "The template's placeholder "
                    + placeholder.group() + " is still here: write your answer in its place.", part,
                    placeholder.start(), placeholder.end()));
        }
        java.util.regex.Matcher m = com.relaydesk.templates.TemplateRenderer.VARIABLE.matcher(text);
        while (m.find()) {
            found.add(new Finding(com.relaydesk.rules.RuleId.E5, Severity.BLOCK, "{{" + m.group(1) + "}} is not filled "
                    + "in: the buyer would see the braces. Replace it with the text, or choose an order that has it.",
                    part, m.start(), m.end()));
        }
        return found;
    }

    private String whySendIsDisabled() {
        if (sending.get()) {
            return "Sending…";
        }
        if (!attaching.addingProperty().get().isEmpty()) {
            return "Send waits until the files being added are attached.";
        }
        if (blocked.get()) {
            long blocks = findings.stream().filter(f -> f.severity() == Severity.BLOCK).count();
            return blocks == 1 ? "Fix the blocking finding first: the relay would refuse it or it breaks a policy."
                    : "Fix the " + blocks + " blocking findings first: the relay would refuse them or they break a policy.";
        }
        if (to.get().isBlank()) {
            return "There is no buyer to send to.";
        }
        if (body.get().isBlank() || untouched()) {
            return "Write a reply first.";
        }
        if (body.get().length() > CHARACTER_LIMIT) {
            return "Replies may be at most " + CHARACTER_LIMIT + " characters (E6).";
        }
        return "";
    }

    /** Applies a quick fix; the linter guarantees that a fix creates no new finding. */
    public void apply(Fix fix) {
        Draft fixed = draft().apply(fix);
        if (fix.part() == Part.ATTACHMENT) {
            attachments.setAll(fixed.attachments());
        } else if (fix.part() == Part.SUBJECT) {
            subject.set(fixed.subject());
        } else {
            body.set(fixed.text());
        }
    }

    /** Puts {@code [Important]} in front of the subject (B4), for critical messages only. */
    public void markImportant() {
        subject.set("[Important] " + subject.get());
    }

    public void addAttachment(String fileName, byte[] content) {
        attachments.add(new Attachment(fileName, content));
    }

    /**
     * Attaches files chosen or dropped: read in the background (Send waits meanwhile), each then
     * checked against D1–D3 like any attachment; a file that cannot be read is named with what to do.
     */
    public void addFiles(List<java.nio.file.Path> files) {
        attaching.add(files, outcomes -> {
            List<String> problems = new ArrayList<>();
            for (AttachingFiles.Outcome outcome : outcomes) {
                if (outcome.attachment() != null) {
                    attachments.add(outcome.attachment());
                } else {
                    problems.add(outcome.problem());
                }
            }
            if (!problems.isEmpty()) {
                status.set(String.join(" ", problems));
            }
        });
    }

    /** Stops adding the files still being read (Cancel, or the editor closed): none of them is attached. */
    public void cancelAddingFiles() {
        attaching.cancel();
    }

    /** "Adding photo.jpg…" while chosen files are read, else empty. */
    public ReadOnlyStringProperty addingProperty() {
        return attaching.addingProperty();
    }

    /** A note for the seller in the editor's status line (e.g. a teammate is answering this buyer). */
    public void warn(String note) {
        status.set(note);
    }

    public void removeAttachment(Attachment attachment) {
        attachments.remove(attachment);
    }

    private final ReadOnlyStringWrapper alreadyAnswered = new ReadOnlyStringWrapper("");
    private java.util.function.Consumer<String> confirmation = reason -> { };

    /** Asked when the buyer was answered meanwhile: the view shows the reason and calls {@link #sendAnyway()}. */
    public void onAlreadyAnswered(java.util.function.Consumer<String> ask) {
        this.confirmation = ask;
    }

    /**
     * Ctrl+Enter / Send: first asks the server whether someone answered meanwhile (a shared mailbox),
     * then queues the reply in the outbox; all in the background.
     */
    public void send() {
        if (sendDisabled.get() || sender == null) {
            if (sender == null) {
                status.set("No mailbox is open to send from.");
            }
            return;
        }
        if (original == null || newMessage.get()) {
            queue(false);
            return;
        }
        sending.set(true);
        status.set("Checking that nobody answered meanwhile…");
        ReplySender target = sender;
        long answering = original.id();
        tasks.run(() -> target.answeredElsewhere(answering), answered -> {
            sending.set(false);
            status.set("");
            if (answered.isPresent()) {
                alreadyAnswered.set(answered.get());
                confirmation.accept(answered.get());
            } else {
                queue(false);
            }
        }, e -> {
            sending.set(false);
            queue(false); // offline: the outbox checks again just before submitting
        });
    }

    /**
     * Sends without the race check (the user saw the other reply and still wants to send): the
     * outbox will not hold it either when it meets that answer again just before submitting.
     */
    public void sendAnyway() {
        queue(true);
    }

    private void queue(boolean overAnotherAnswer) {
        if (sendDisabled.get() || sender == null) {
            return;
        }
        long answering = original == null || newMessage.get() ? 0 : original.id();
        ReplySender.Reply reply = new ReplySender.Reply(answering, to.get(), subject.get(),
                body.get(), new ArrayList<>(attachments), orderId, contactReason.get(), overAnotherAnswer);
        sending.set(true);
        status.set("Sending…");
        ReplySender target = sender;
        tasks.run(() -> {
            target.send(reply);
            return reply;
        }, sent -> {
            sending.set(false);
            status.set("Queued in the outbox; it goes out now.");
            onSent.run();
        }, e -> {
            sending.set(false);
            status.set("Not sent: " + e.getMessage());
        });
    }

    public StringProperty toProperty() { return to; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public ObjectProperty<ContactReason> contactReasonProperty() { return contactReason; }
    public ObservableList<ContactReason> contactReasons() { return contactReasons; }
    /** A new message to the buyer rather than a reply in their thread (B2: opted-out buyers get only replies). */
    public javafx.beans.property.BooleanProperty newMessageProperty() { return newMessage; }
    public ObservableList<Attachment> attachments() { return attachments; }
    public ObservableList<com.relaydesk.templates.Template> templates() { return templates; }
    /** The picker's prompt: says which language comes first, or that there is no template in the buyer's yet. */
    public ReadOnlyStringProperty templatePromptProperty() { return templatePrompt.getReadOnlyProperty(); }
    /** The language to answer this buyer in (C13), as a BCP 47 tag. */
    public String buyerLanguage() { return buyerLanguage; }
    public ObservableList<Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty buyerWordsProperty() { return buyerWords.getReadOnlyProperty(); }

    public ReadOnlyStringProperty wordsHeadingProperty() { return wordsHeading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty alreadyAnsweredProperty() { return alreadyAnswered.getReadOnlyProperty(); }
    public ReadOnlyStringProperty allowanceProperty() { return allowance.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyDoubleProperty allowanceUsedProperty() {
        return allowanceUsed.getReadOnlyProperty();
    }
    public StringBinding characterCountProperty() { return characterCount; }
    public BooleanBinding importantHelperVisibleProperty() { return importantHelperVisible; }
    public BooleanBinding sendDisabledProperty() { return sendDisabled; }
    public StringBinding sendDisabledReasonProperty() { return sendDisabledReason; }
}
