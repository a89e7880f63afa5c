package com.relaydesk.ui.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.inbox.ReplyDraft;
import com.relaydesk.lint.Linter;
import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageDetail;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.Attachment;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.session.ProfileDrafts;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.MessageLocations;
import com.relaydesk.team.Profile;
import com.relaydesk.ui.common.UiTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * QA's steps on screen, over a real cache file: a reply given a contact reason, a new subject, "send
 * as a new message" and three files, closed with Esc, RelayDesk restarted, the reply opened again.
 */
@ExtendWith(ApplicationExtension.class)
class DraftReopenViewTest extends FxRobot {

    private static final String ALIAS = "abcdefghij1234@marketplace.amazon.com";
    private static final byte[] PDF = "%PDF-1.4\ninvoice\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] TXT = "Screw the shade on clockwise.".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final ReplyWindows windows = new ReplyWindows(this);
    private AccountCache cache;
    private long anna;
    private ComposeViewModel model;

    @Start
    void start(Stage stage) {
        windows.showOwner(stage);
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        cache.sync().storeBatch("INBOX", List.of(new FetchedMessage("INBOX", 1, 0, "<lamp@relay>", null, List.of(),
                ALIAS, "Anna Berg", List.of("seller@example.org"), "Delivery day? (Order: 111-0000001-0000001)", at, at,
                Set.of(), 2000, "Which day does the lamp come?", null, List.of(), ALIAS, "111-0000001-0000001", null,
                null)), new FolderSyncState("INBOX", 7, 2, 0));
        anna = cache.profiles().add(Profile.open("Anna Berg", "AB", "#336699", true)).id();
    }

    @AfterEach
    void close() {
        windows.closeReplies();
        cache.close();
    }

    @Test
    void everythingSetInTheReplyComesBackAfterEscAndARestart() throws Exception {
        Path files = Files.createDirectories(dir.resolve("Downloads"));
        Files.write(files.resolve("invoice.pdf"), PDF);
        Files.write(files.resolve("shade.png"), PNG);
        Files.write(files.resolve("assembly.txt"), TXT);
        Stage reply = open(Optional.empty());
        interact(() -> {
            reason(reply).getSelectionModel().select(ContactReason.DELIVERY_SCHEDULING);
            subject(reply).setText("Delivery appointment for order 111-0000001-0000001");
            editor(reply).replaceText("Which day suits you for the delivery?");
        });
        clickOn(windows.find(reply, "#compose-new-message", CheckBox.class));
        for (String name : List.of("invoice.pdf", "shade.png", "assembly.txt")) {
            interact(() -> model.addFiles(List.of(files.resolve(name)))); // as the Attach… button hands a chosen file
            Files.delete(files.resolve(name)); // moved or deleted after attaching: the draft does not need it
        }
        clickOn(subject(reply));
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reply.isShowing(), "Esc closes the reply");

        cache.close(); // RelayDesk quits and starts again
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        Stage again = open(Optional.empty());

        assertEquals("Delivery appointment for order 111-0000001-0000001", subject(again).getText());
        assertEquals(ContactReason.DELIVERY_SCHEDULING, reason(again).getValue());
        assertTrue(windows.find(again, "#compose-new-message", CheckBox.class).isSelected());
        assertEquals("Which day suits you for the delivery?", editor(again).getText());
        List<Attachment> attached = attachments(again).getItems();
        assertEquals(List.of("invoice.pdf", "shade.png", "assembly.txt"), attached.stream().map(Attachment::fileName).toList());
        assertArrayEquals(PDF, attached.get(0).content());
        assertArrayEquals(PNG, attached.get(1).content());
        assertArrayEquals(TXT, attached.get(2).content());
        assertEquals("", status(again).getText(), "nothing was left out");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(attachments(again).getHeight() >= 3 * 28, "the three files in sight, a row each: "
                + attachments(again).getHeight());
    }

    @Test
    void aReplyClosedAgainKeepsTheFileThatIsGoneFromDiskAndWritesItNoMore() throws Exception {
        Path photo = Files.write(Files.createDirectories(dir.resolve("Pictures")).resolve("shade.png"), PNG);
        Stage reply = open(Optional.empty());
        interact(() -> {
            editor(reply).replaceText("Here is a photo of the shade.");
            model.addFiles(List.of(photo));
        });
        closeWithEsc(reply);
        Files.delete(photo); // tidied away after the first close
        countAttachmentWrites();

        Stage again = open(Optional.empty());
        interact(() -> editor(again).replaceText("Here is a photo of the shade, as promised."));
        closeWithEsc(again);

        assertEquals(0, attachmentWrites(), "the same file as kept: neither read nor stored again");
        Stage third = open(Optional.empty());
        assertEquals("Here is a photo of the shade, as promised.", editor(third).getText());
        assertEquals(List.of("shade.png"), attachments(third).getItems().stream().map(Attachment::fileName).toList());
        assertArrayEquals(PNG, attachments(third).getItems().get(0).content());
    }

    private void closeWithEsc(Stage reply) {
        clickOn(subject(reply));
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reply.isShowing(), "Esc closes the reply");
    }

    /** Logs, in the cache file itself, every write to a draft's attachment rows or the stored contents. */
    private void countAttachmentWrites() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("seller.sqlite"));
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE attachment_writes (what TEXT)");
            for (String event : List.of("INSERT ON draft_attachments", "DELETE ON draft_attachments",
                    "INSERT ON attachment_contents")) {
                s.execute("CREATE TRIGGER \"" + event + "\" AFTER " + event
                        + " BEGIN INSERT INTO attachment_writes VALUES ('" + event + "'); END");
            }
        }
    }

    private int attachmentWrites() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("seller.sqlite"));
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM attachment_writes")) {
            return rs.getInt(1);
        }
    }

    @Test
    void whatCouldNotComeBackIsSaidInTheReply() {
        drafts().save(messageId(), new ReplyDraft(ALIAS, "Delivery appointment", "Which day suits you?",
                ContactReason.DELIVERY_SCHEDULING, true, List.of(new Attachment("invoice.pdf", PDF)),
                List.of("unboxing.tif")));
        Order delivered = new Order("111-0000001-0000001", Instant.parse("2026-11-20T08:00:00Z"), OrderStatus.DELIVERED,
                FulfillmentChannel.MERCHANT, false, "Anna Berg", null, List.of(), "Leeds", "LS1", "GB", null, null, null);

        Stage reply = open(Optional.of(delivered));

        assertEquals(null, reason(reply).getValue(), "a delivered order offers no delivery scheduling (B7)");
        String said = status(reply).getText();
        assertTrue(said.contains("\"Schedule a delivery\" is not offered"), said);
        assertTrue(said.contains("unboxing.tif"), said);
        assertEquals(List.of("invoice.pdf"), attachments(reply).getItems().stream().map(Attachment::fileName).toList());
        assertEquals("Which day suits you?", editor(reply).getText());
    }

    private ProfileDrafts drafts() {
        return new ProfileDrafts(cache, new MessageLocations(cache), () -> anna);
    }

    private long messageId() {
        return cache.inbox().page(MailboxView.ALL, null, 10).get(0).id();
    }

    /** Opens the reply as `r` does, and returns its window. */
    @Test
    void clickingAFindingReadiesItsTextForTypingOverAndEscInTheFindingsClosesTheReply() {
        Stage reply = open(Optional.empty());
        String text = "Hello Anna, call us on 020 7946 0018 and we will sort it.";
        interact(() -> editor(reply).replaceText(text));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Object> findings = windows.find(reply, "#compose-findings", ListView.class);
        javafx.scene.Node phoneFinding = from(findings).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.getItem() != null).query();

        clickOn(phoneFinding);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor(reply).isFocused(), "the text found is ready to type over, not the list");
        assertTrue(editor(reply).getSelectedText().contains("7946"), editor(reply).getSelectedText());
        write("through this message");
        assertFalse(editor(reply).getText().contains("7946"), editor(reply).getText());

        interact(findings::requestFocus);
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reply.isShowing(), "Esc closes the reply from the findings too (kept as a draft)");
    }

    private Stage open(Optional<Order> order) {
        MessageDetail message = cache.inbox().detail(messageId()).orElseThrow();
        ComposeWindow window = new ComposeWindow(Linter.standard(), UiTasks.sameThread(), List.of());
        window.attachDrafts(drafts());
        interact(() -> model = window.open(windows.owner(), message, order, () -> { }, () -> { }));
        return windows.reply();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ContactReason> reason(Stage reply) {
        return windows.find(reply, "#compose-reason", ComboBox.class);
    }

    private TextField subject(Stage reply) {
        return windows.find(reply, "#compose-subject", TextField.class);
    }

    private StyleClassedTextArea editor(Stage reply) {
        return windows.find(reply, "#compose-body", StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Attachment> attachments(Stage reply) {
        return windows.find(reply, "#compose-attachments", ListView.class);
    }

    private Label status(Stage reply) {
        return windows.find(reply, "#compose-status", Label.class);
    }
}
