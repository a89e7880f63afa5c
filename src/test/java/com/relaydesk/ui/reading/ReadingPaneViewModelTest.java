package com.relaydesk.ui.reading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FetchedMessage;
import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import com.relaydesk.testing.FileSizeWatch;
import com.relaydesk.testing.ReadOnlyFolder;
import com.relaydesk.ui.common.UiTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading pane over a real cache file: HTML held back, attachments saved where the user chose. */
class ReadingPaneViewModelTest {

    private static final byte[] PHOTO = "\u0089PNG fake photo bytes".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private AccountCache cache;
    private final SimpleObjectProperty<MessageSummary> selected = new SimpleObjectProperty<>();
    private final ReadingPaneViewModel viewModel = new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC);

    @BeforeEach
    void fillACache() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        FetchedMessage damaged = new FetchedMessage("INBOX", 1, 0, "<q1@relay>", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", "Anna Berg", List.of("seller@example.org"),
                "Lamp arrived broken (Order: 111-0000001-0000001)", Instant.parse("2026-11-30T08:00:00Z"),
                Instant.parse("2026-11-30T08:00:00Z"), Set.of(), 2000, "",
                "<p>The shade is cracked.</p><img src='https://tracker.example/p.gif'><script>x()</script>",
                List.of(new FetchedMessage.FetchedAttachment("photo.png", "image/png", PHOTO.length, PHOTO)),
                "abcdefghij1234@marketplace.amazon.com", "111-0000001-0000001", null, null);
        cache.sync().storeBatch("INBOX", List.of(damaged), new FolderSyncState("INBOX", 7, 2, 0));
        viewModel.follow(selected);
        viewModel.attach(cache.inbox());
        selected.set(cache.inbox().page(MailboxView.ALL, null, 10).get(0));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aBuyerMessageOffersTriageButTheSellersOwnSentReplyDoesNot() {
        assertFalse(viewModel.sentBySellerProperty().get(), "a buyer message can be marked or reported");
        FetchedMessage reply = new FetchedMessage("Sent", 1, 0, "<r1@seller>", "<q1@relay>", List.of(),
                "seller@example.org", "Shop", List.of("abcdefghij1234@marketplace.amazon.com"),
                "Re: Lamp arrived broken", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T09:00:00Z"),
                Set.of("\\Seen"), 500, "Sorry, a new one is on its way.", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", null, null, null);
        cache.sync().storeBatch("Sent", List.of(reply), new FolderSyncState("Sent", 7, 2, 0));
        selected.set(cache.inbox().page(MailboxView.SENT, null, 10).get(0));
        assertTrue(viewModel.sentBySellerProperty().get(), "No Response Needed and Report are hidden on the seller's own reply");
    }

    @Test
    void theSellersOwnReplySentWithoutANameShowsTheShopAsItsSenderNeverAnEmptyName() {
        FetchedMessage reply = new FetchedMessage("Sent", 1, 0, "<r1@seller>", "<q1@relay>", List.of(),
                "seller@example.org", null, List.of("abcdefghij1234@marketplace.amazon.com"),
                "Re: Lamp arrived broken", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T09:00:00Z"),
                Set.of("\\Seen"), 500, "Sorry, a new one is on its way.", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", null, null, null); // as RelayDesk sends it: no name in From
        cache.sync().storeBatch("Sent", List.of(reply), new FolderSyncState("Sent", 7, 2, 0));

        viewModel.useSellerName("Walnut & Wick");
        selected.set(cache.inbox().page(MailboxView.SENT, null, 10).get(0));
        assertEquals("Walnut & Wick <seller@example.org>", viewModel.fromProperty().get());

        viewModel.useSellerName("seller@example.org"); // a mailbox that knows no shop name goes by the address
        assertEquals("seller@example.org", viewModel.fromProperty().get());
    }

    @Test
    void aSenderWithoutANameIsShownByTheAddressAloneAndWithoutEitherAsUnknown() {
        com.relaydesk.model.MessageDetail buyer = cache.inbox().detail(selected.get().id()).orElseThrow();
        com.relaydesk.model.MessageDetail nameless = new com.relaydesk.model.MessageDetail(buyer.summary(), " ",
                "abcdefghij1234@marketplace.amazon.com", null, null, "", null, List.of(), null, null);
        assertEquals("abcdefghij1234@marketplace.amazon.com", ReadingPaneViewModel.fromLine(nameless, "Walnut & Wick"),
                "a buyer's message never takes the shop's name");
        com.relaydesk.model.MessageDetail nobody = new com.relaydesk.model.MessageDetail(buyer.summary(), null, null, null,
                null, "", null, List.of(), null, null);
        assertEquals("Unknown sender", ReadingPaneViewModel.fromLine(nobody, ""));
        assertEquals("Anna Berg <abcdefghij1234@marketplace.amazon.com>", viewModel.fromProperty().get());
    }

    @Test
    void htmlMailIsShownAsTextAndSaysWhatWasHeldBack() {
        assertEquals("The shade is cracked.", viewModel.bodyProperty().get());
        assertTrue(viewModel.heldBackProperty().get().startsWith("1 remote image not loaded"),
                viewModel.heldBackProperty().get());
    }

    @Test
    void aMessageOfMegabytesShowsItsBeginningAndSaysHowMuchIsLeftOut() {
        String line = "The attachment was read as text when its boundary broke. ";
        String huge = line.repeat(ShownText.LIMIT / line.length() + 1000);
        FetchedMessage damaged = new FetchedMessage("INBOX", 2, 0, "<q2@relay>", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", "Anna Berg", List.of("seller@example.org"),
                "Huge (Order: 111-0000001-0000001)", Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T09:00:00Z"), Set.of(), huge.length(), huge, null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", "111-0000001-0000001", null, null);
        cache.sync().storeBatch("INBOX", List.of(damaged), new FolderSyncState("INBOX", 7, 3, 0));
        selected.set(cache.inbox().page(MailboxView.ALL, null, 10).stream()
                .filter(m -> m.subject().startsWith("Huge")).findFirst().orElseThrow());
        assertEquals(huge.substring(0, ShownText.LIMIT), viewModel.bodyProperty().get());
        assertEquals(String.format(java.util.Locale.ROOT, "This message is very long: the first %,d characters are shown, "
                + "%,d more are not.", ShownText.LIMIT, huge.length() - ShownText.LIMIT), viewModel.heldBackProperty().get());
    }

    @Test
    void anAttachmentIsSavedByteForByteWhereTheUserChose() throws Exception {
        assertEquals(1, viewModel.attachments().size());
        Path target = dir.resolve("saved-photo.png");
        viewModel.saveAttachment(viewModel.attachments().get(0), target);
        assertArrayEquals(PHOTO, Files.readAllBytes(target));
        assertTrue(viewModel.heldBackProperty().get().startsWith("Saved photo.png"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInOneSentence() {
        Path missing = dir.resolve("no-such-folder");
        viewModel.saveAttachment(viewModel.attachments().get(0), missing.resolve("photo.png"));
        assertEquals("photo.png could not be saved: the folder " + missing + " does not exist; choose another folder. "
                + "Nothing was written.", viewModel.heldBackProperty().get());
    }

    @Test
    void aFolderRelayDeskMayNotWriteInIsSaidAndNothingIsLeftInIt() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.make(locked)) {
            viewModel.saveAttachment(viewModel.attachments().get(0), locked.resolve("photo.png"));
        }
        assertEquals("photo.png could not be saved: there is no permission to write in " + locked
                + "; choose another folder. Nothing was written.", viewModel.heldBackProperty().get());
        assertEquals(List.of(), filesIn(locked), "no temporary file stays");
    }

    /** What a crash or a full disk mid-save would leave under the name: the file before, or the whole attachment. */
    @Test
    void anAttachmentSavedOverAnEarlierFileIsNeverHalfWrittenUnderItsName() throws Exception {
        byte[] scan = new byte[16 * 1024 * 1024];
        java.util.Arrays.fill(scan, (byte) 's');
        FetchedMessage withScan = new FetchedMessage("INBOX", 2, 0, "<q2@relay>", null, List.of(),
                "abcdefghij1234@marketplace.amazon.com", "Anna Berg", List.of("seller@example.org"),
                "Scan of the receipt", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T09:00:00Z"),
                Set.of(), scan.length, "Attached.", null,
                List.of(new FetchedMessage.FetchedAttachment("scan.pdf", "application/pdf", scan.length, scan)),
                "abcdefghij1234@marketplace.amazon.com", null, null, null);
        cache.sync().storeBatch("INBOX", List.of(withScan), new FolderSyncState("INBOX", 7, 3, 0));
        selected.set(cache.inbox().page(MailboxView.ALL, null, 10).stream()
                .filter(m -> m.subject().startsWith("Scan")).findFirst().orElseThrow());
        Path target = Files.writeString(dir.resolve("scan.pdf"), "the scan saved last week");

        FileSizeWatch watch = FileSizeWatch.start(target);
        viewModel.saveAttachment(viewModel.attachments().get(0), target);

        watch.assertOnlySizes("the scan saved last week".length(), scan.length);
        assertArrayEquals(scan, Files.readAllBytes(target));
    }

    private static List<Path> filesIn(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
