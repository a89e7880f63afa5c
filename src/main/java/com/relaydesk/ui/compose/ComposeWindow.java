package com.relaydesk.ui.compose;

import com.relaydesk.inbox.ReplySender;
import com.relaydesk.lint.Linter;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.Order;
import com.relaydesk.templates.TemplateService;
import com.relaydesk.ui.common.QuitApp;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.common.ViewLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a reply in its own window, so the inbox stays in view while writing. */
public final class ComposeWindow {

    private final Linter linter;
    private final UiTasks tasks;
    private final List<String> stylesheets;
    private ReplySender sender;
    private DraftLedger drafts;
    private TemplateService templateService;
    private com.relaydesk.inbox.ReplySignature signature;
    private String sellerName;
    private com.relaydesk.spelling.Spelling spelling;
    private final java.util.Set<ComposeViewModel> editors = new java.util.LinkedHashSet<>();
    private Runnable templatesChanged = () -> { };

    public ComposeWindow(Linter linter, UiTasks tasks, List<String> stylesheets) {
        this.linter = linter;
        this.tasks = tasks;
        this.stylesheets = List.copyOf(stylesheets);
    }

    public void attach(ReplySender replySender) {
        this.sender = replySender;
    }

    /** Where unsent replies are kept, per profile (restored when the same person opens the reply again). */
    public void attachDrafts(com.relaydesk.inbox.ReplyDrafts replyDrafts) {
        this.drafts = replyDrafts == null ? null : new DraftLedger(replyDrafts, tasks);
    }

    /** The signature of the person working now, put under each reply they start. */
    public void attachSignature(com.relaydesk.inbox.ReplySignature replySignature) {
        this.signature = replySignature;
    }

    /** "Your signature…": edits the signature of the person working now (nothing without a mailbox). */
    public void editSignature(Window owner) {
        if (signature != null) {
            SignatureDialog.show(owner, new SignatureViewModel(signature, linter, tasks), stylesheets);
        }
    }

    /** The open mailbox's templates and the seller's name for {{seller.name}}. */
    public void attachTemplates(TemplateService service, String seller) {
        this.templateService = service;
        this.sellerName = seller;
    }

    /** The dictionaries and the seller's own words that replies are checked with. */
    public void useSpelling(com.relaydesk.spelling.Spelling service) {
        this.spelling = service;
    }

    /** Runs after a template was saved from a reply ("Save as template…"). */
    public void onTemplatesChanged(Runnable changed) {
        this.templatesChanged = changed;
    }

    /** Templates were changed elsewhere: the open replies offer the new list. */
    public void templatesChanged() {
        editors.forEach(ComposeViewModel::reloadTemplates);
    }

    /** Opens a reply to {@code message}; {@code afterSent} runs once it is safely in the outbox. */
    public ComposeViewModel open(Window owner, MessageDetail message, Optional<Order> order, Runnable afterSent,
                                 Runnable afterClosed) {
        ComposeViewModel viewModel = new ComposeViewModel(linter, tasks);
        if (sender != null) {
            viewModel.attach(sender);
        }
        if (templateService != null) {
            viewModel.useTemplates(templateService, sellerName);
        }
        viewModel.onTemplatesChanged(() -> templatesChanged.run());
        if (spelling != null) {
            viewModel.useSpelling(spelling, sellerName);
        }
        ComposeView[] view = new ComposeView[1];
        Map<Class<?>, Supplier<?>> controllers = Map.of(ComposeView.class, () -> view[0] = new ComposeView(viewModel));
        Parent root = new ViewLoader(controllers).load("compose/Compose.fxml");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Reply to " + Optional.ofNullable(message.summary().buyerName()).orElse("buyer")
                + Optional.ofNullable(message.summary().orderId()).map(id -> " · order " + id).orElse(""));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                () -> view[0].sendNow());
        scene.getAccelerators().put(QuitApp.KEYS, QuitApp::closeEveryWindow);
        stage.setScene(scene);
        DraftKeeper keeper = drafts == null ? null : new DraftKeeper(drafts, viewModel, message.id());
        if (keeper != null) {
            // Closing keeps the text as a draft (setOnHidden below); without a draft store Esc would lose it.
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
            // a list (the findings, the attachments) takes Esc for itself before the accelerator sees it
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.ESCAPE && scene.getFocusOwner() instanceof javafx.scene.control.ListView) {
                    key.consume();
                    stage.close();
                }
            });
        }
        viewModel.replyTo(message, order, () -> {
            if (keeper != null) {
                keeper.sent();
            }
            afterSent.run();
            stage.close();
        });
        editors.add(viewModel);
        stage.setOnHidden(event -> {
            editors.remove(viewModel);
            viewModel.cancelAddingFiles(); // nobody is left to see a file still being read
            if (keeper != null) {
                keeper.closed(); // also when the desktop locks: the text waits for the same person
            }
            afterClosed.run();
        });
        stage.show();
        view[0].startWriting();
        if (keeper != null) {
            keeper.restore();
        }
        com.relaydesk.inbox.ReplySignature sign = signature;
        if (sign != null) {
            String language = viewModel.buyerLanguage();  // a Spanish buyer's reply starts with the Spanish sign-off, if kept
            tasks.run(() -> sign.forReply(language), viewModel::startWithSignature, e -> java.util.logging.Logger.getLogger(
                    ComposeWindow.class.getName()).log(java.util.logging.Level.WARNING, "the signature could not be read", e));
        }
        return viewModel;
    }
}
