package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReadableText;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Fix;
import com.relaydesk.lint.Linter;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.Order;
import com.relaydesk.rules.Aliases;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.BuyerLanguage;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.spelling.TextSpelling;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A reply being written, as the editor binds to it: the linter runs on every change, its findings
 * are listed and located, a fix rewrites the draft, and Send stays disabled while a blocking finding
 * stands — with the reason said. The work is done by the parts it is made of: {@link ReplyForm} (the
 * fields), {@link ReplyFindings}, {@link ReplyTemplates}, {@link AttachingFiles}, {@link SendGate},
 * {@link ReplySending} and {@link AllowanceMeter}.
 */
public final class ComposeViewModel {

    /** Replies may be up to 5,000 characters (C10, E6). */
    public static final int CHARACTER_LIMIT = 5000;

    private final ReplyForm form = new ReplyForm();
    private final ReplyFindings findings;
    private final ReplyTemplates templates;
    private final AttachingFiles attaching;
    private final ReplySending sending;
    private final SendGate gate;
    private final AllowanceMeter allowance;
    private final TextSpelling spelling;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the buyer wrote, to answer it with the question in view (the reading pane is often under this window). */
    private final ReadOnlyStringWrapper buyerWords = new ReadOnlyStringWrapper("");
    /** Over the words beside the editor: the buyer's, or the seller's own when answering from Sent. */
    private final ReadOnlyStringWrapper wordsHeading = new ReadOnlyStringWrapper("The buyer wrote");
    private final StringBinding characterCount;
    private final BooleanBinding importantHelperVisible;

    public ComposeViewModel(Linter linter, UiTasks tasks) {
        this.findings = new ReplyFindings(linter);
        form.onChange(this::lint);
        this.templates = new ReplyTemplates(tasks, form, status::set);
        this.attaching = new AttachingFiles(tasks);
        this.sending = new ReplySending(tasks, form, status::set, this::sendAllowed);
        this.allowance = new AllowanceMeter(tasks);
        this.spelling = new TextSpelling(tasks, status::set, "reply");
        form.body().addListener((obs, old, now) -> spelling.check(now));
        characterCount = Bindings.createStringBinding(
                () -> form.body().get().length() + " / " + CHARACTER_LIMIT, form.body());
        importantHelperVisible = Bindings.createBooleanBinding(() -> form.contactReason().get() != null
                && form.contactReason().get().critical() && !form.subject().get().startsWith("[Important]"),
                form.contactReason(), form.subject());
        this.gate = new SendGate(form, findings, sending.sendingProperty(), attaching.addingProperty());
    }

    /** For tests: what day it is. */
    ComposeViewModel clock(Clock today) {
        findings.clock(today);
        return this;
    }

    public void attach(ReplySender replySender) {
        sending.attach(replySender);
    }

    /** Starts a reply to a buyer message; the order (when known) decides the contact reasons (B7). */
    public void replyTo(MessageDetail message, Optional<Order> knownOrder, Runnable afterSent) {
        sending.onSent(afterSent);
        buyerWords.set(ReadableText.ofMessage(message.textBody(), message.htmlBody()).words());
        wordsHeading.set(message.summary().sentBySeller() ? "You wrote" : "The buyer wrote");
        form.answer(message, knownOrder);
        status.set("");
        lint();
        allowance.read(sending.sender());
        String alias = message.buyerAlias();
        String language = BuyerLanguage.of(alias, buyerWords.get());
        templates.answerIn(language);
        spelling.start(language, Aliases.domainOf(alias), message.summary().buyerName());
    }

    /** Checks the reply's spelling with {@code service}; {@code shopName} is right as written. Before {@link #replyTo}. */
    public void useSpelling(com.relaydesk.spelling.Spelling service, String shopName) {
        spelling.use(service, shopName);
    }

    public TextSpelling spelling() {
        return spelling;
    }

    /**
     * Puts the person's signature under a reply not begun yet, with room above it; a begun one (typed,
     * or a draft brought back first) is left alone, but a text cut back to the signature alone still
     * counts as not begun.
     */
    public void startWithSignature(String signature) {
        form.startWithSignature(signature);
    }

    /** Nothing written yet: the text is empty or only the signature it started with. */
    public boolean untouched() {
        return form.untouched();
    }

    /** Nothing set at all — no text written, no attachment, reason, new-message tick or changed subject: no draft to keep. */
    public boolean nothingSet() {
        return form.nothingSet();
    }

    /** What the person wrote: the text, or nothing while it is only the signature. */
    public String writtenBody() {
        return form.writtenBody();
    }

    /** Templates (E5) to offer; filled from the order when one is chosen. */
    public void useTemplates(TemplateService service, String seller) {
        templates.use(service, seller);
    }

    /** The templates changed elsewhere (the Templates window): offer the new list. */
    public void reloadTemplates() {
        templates.read();
    }

    /**
     * "Save as template…": the reply as written, to be named; empty when no mailbox is open. The
     * language is that of the last template used, else the buyer's.
     */
    public Optional<SaveAsTemplateViewModel> saveAsTemplate() {
        return templates.saveAsTemplate();
    }

    /** Runs after a template was saved from this reply (the Templates window, if open, reads the list again). */
    public void onTemplatesChanged(Runnable changed) {
        templates.onChanged(changed);
    }

    /** Fills the reply from a template and the order; what the order cannot fill stays and blocks (E5). */
    public void applyTemplate(Template chosen) {
        templates.apply(chosen);
    }

    /** Whether a template chosen now would replace words the seller wrote (not a signature, not another template's). */
    public boolean templateWouldReplaceWriting() {
        return !untouched() && !templates.textIsTheTemplates();
    }

    private void lint() {
        findings.check(form.draft(), form.order());
    }

    private boolean sendAllowed() {
        return !gate.disabledProperty().get();
    }

    /** Applies a quick fix; the linter guarantees that a fix creates no new finding. */
    public void apply(Fix fix) {
        form.apply(fix);
    }

    /** Chooses the contact reason when the order offers it (B7); says whether it did. */
    boolean chooseReason(ContactReason reason) {
        return form.chooseReason(reason);
    }

    /** Puts {@code [Important]} in front of the subject (B4), for critical messages only. */
    public void markImportant() {
        form.subject().set("[Important] " + form.subject().get());
    }

    public void addAttachment(String fileName, byte[] content) {
        form.attachments().add(new Attachment(fileName, content));
    }

    /**
     * Attaches files chosen or dropped: read in the background (Send waits meanwhile), each then
     * checked against D1–D3 like any attachment; a file that cannot be read is named with what to do.
     */
    public void addFiles(List<Path> files) {
        attaching.add(files, outcomes -> {
            List<String> problems = new ArrayList<>();
            for (AttachingFiles.Outcome outcome : outcomes) {
                if (outcome.attachment() != null) {
                    form.attachments().add(outcome.attachment());
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
        form.attachments().remove(attachment);
    }

    /** Asked when the buyer was answered meanwhile: the view shows the reason and calls {@link #sendAnyway()}. */
    public void onAlreadyAnswered(Consumer<String> ask) {
        sending.onAlreadyAnswered(ask);
    }

    /**
     * Ctrl+Enter / Send: first asks the server whether someone answered meanwhile (a shared mailbox),
     * then queues the reply in the outbox; all in the background.
     */
    public void send() {
        sending.send();
    }

    /**
     * Sends without the race check (the user saw the other reply and still wants to send): the
     * outbox will not hold it either when it meets that answer again just before submitting.
     */
    public void sendAnyway() {
        sending.sendAnyway();
    }

    public StringProperty toProperty() { return form.to(); }
    public StringProperty subjectProperty() { return form.subject(); }
    public StringProperty bodyProperty() { return form.body(); }
    public ObjectProperty<ContactReason> contactReasonProperty() { return form.contactReason(); }
    public ObservableList<ContactReason> contactReasons() { return form.contactReasons(); }
    /** A new message to the buyer rather than a reply in their thread (B2: opted-out buyers get only replies). */
    public BooleanProperty newMessageProperty() { return form.newMessage(); }
    public ObservableList<Attachment> attachments() { return form.attachments(); }
    public ObservableList<Template> templates() { return templates.list(); }
    /** The picker's prompt: says which language comes first, or that there is no template in the buyer's yet. */
    public ReadOnlyStringProperty templatePromptProperty() { return templates.promptProperty(); }
    /** The language to answer this buyer in (C13), as a BCP 47 tag. */
    public String buyerLanguage() { return templates.buyerLanguage(); }
    public ObservableList<Finding> findings() { return findings.list(); }
    public ReadOnlyBooleanProperty blockedProperty() { return findings.blockedProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty buyerWordsProperty() { return buyerWords.getReadOnlyProperty(); }
    public ReadOnlyStringProperty wordsHeadingProperty() { return wordsHeading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty allowanceProperty() { return allowance.saidProperty(); }
    public ReadOnlyDoubleProperty allowanceUsedProperty() { return allowance.usedProperty(); }
    public StringBinding characterCountProperty() { return characterCount; }
    public BooleanBinding importantHelperVisibleProperty() { return importantHelperVisible; }
    public BooleanBinding sendDisabledProperty() { return gate.disabledProperty(); }
    public StringBinding sendDisabledReasonProperty() { return gate.reasonProperty(); }
}
