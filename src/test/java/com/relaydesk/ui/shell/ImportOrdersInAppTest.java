package com.relaydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.orders.ImportedReport;
import com.relaydesk.session.SessionUnderTest;
import com.relaydesk.session.SyncedMailboxSession;
import com.relaydesk.ui.common.UiTasks;
import com.relaydesk.ui.mailbox.MailboxNavigationViewModel;
import com.relaydesk.ui.messages.MessageListViewModel;
import com.relaydesk.ui.reading.ReadingPaneViewModel;
import com.relaydesk.ui.status.StatusBarViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import orders report… in the app: a seller whose mailbox names orders RelayDesk does not know is
 * told how to get them, imports Seller Central's report from the menu, and the message on screen
 * shows its order at once; rows the report could not give are listed, the rest imported.
 */
class ImportOrdersInAppTest {

    private static final String HEADER = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\t"
            + "sku\tasin\tquantity\tship-city\tship-postal-code\tship-country\tbuyer-name\tbuyer-alias\ttracking-number\t"
            + "carrier\tdelivery-date\tis-handmade\tsales-channel\n";

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    private final MessageListViewModel list = new MessageListViewModel(Clock.systemUTC(), UiTasks.sameThread());
    private final ReadingPaneViewModel readingPane = new ReadingPaneViewModel(UiTasks.sameThread(), ZoneOffset.UTC);
    private final StatusBarViewModel statusBar = new StatusBarViewModel("/data", ZoneOffset.UTC);
    private final MainWindowViewModel window = new MainWindowViewModel(new MailboxNavigationViewModel(), list,
            readingPane, statusBar);
    private final List<ImportedReport> listedBadRows = new ArrayList<>();
    private SessionUnderTest opened;
    private MessageSummary shown;

    @BeforeEach
    void readABuyerMessageAboutAnOrderNotImported() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessages(1, 3));
        opened = SessionUnderTest.open(dataDir, () -> GreenMailSeller.backend(greenMail)).syncFirst();
        SyncedMailboxSession session = opened.session;
        window.attach(session);
        shown = list.messages().get(0);
        list.selectedMessageProperty().set(shown);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private static String row(String orderId, String tracking) {
        return orderId + "\t2026-11-02T09:15:00+00:00\tShipped\tMerchant\tCanvas bag\tSKU-1\tB000000001\t1\tBerlin\t10115\tDE\t"
                + "Erika Mustermann\ta1b2c3d4e5@marketplace.amazon.de\t" + tracking + "\tDHL\t2026-11-05\tfalse\tAmazon.de\n";
    }

    @Test
    void theMessageOnScreenShowsItsOrderOnceTheReportIsImported() throws Exception {
        assertNull(readingPane.orderProperty().get());
        assertTrue(readingPane.orderMissingProperty().get().startsWith("Order " + shown.orderId() + " is not in RelayDesk yet"),
                readingPane.orderMissingProperty().get());
        Path report = Files.writeString(downloads.resolve("All Orders.txt"), HEADER + row(shown.orderId(), "00340434161094042557"));

        window.importOrders(report, listedBadRows::add);

        assertEquals(shown.orderId(), readingPane.orderProperty().get().orderId(), "the order panel, without choosing again");
        assertEquals("00340434161094042557", readingPane.orderProperty().get().trackingNumber());
        assertEquals("", readingPane.orderMissingProperty().get());
        assertEquals("Orders report All Orders.txt: 1 order new, 0 updated, 0 unchanged.", statusBar.lastSyncProperty().get());
        assertEquals(List.of(), listedBadRows);
        assertEquals("", statusBar.errorProperty().get());

        Path audit = dataDir.resolve("audit.csv");
        opened.session.exportAudit(audit);
        assertTrue(Files.readString(audit).contains("orders imported"), "the team sees who imported it");
    }

    @Test
    void rowsThatCannotBeReadAreListedAndTheOthersImported() throws Exception {
        Path report = Files.writeString(downloads.resolve("orders.tsv"), HEADER + "not an order id\tyesterday\n"
                + row(shown.orderId(), ""));

        window.importOrders(report, listedBadRows::add);

        assertEquals(1, listedBadRows.size());
        assertEquals(1, listedBadRows.get(0).bad());
        assertEquals(2, listedBadRows.get(0).problems().get(0).line(), "the header is line 1");
        assertTrue(BadOrderRows.text(listedBadRows.get(0)).startsWith("Line 2: "), BadOrderRows.text(listedBadRows.get(0)));
        assertEquals(shown.orderId(), readingPane.orderProperty().get().orderId(), "the good row came in all the same");
        assertTrue(statusBar.lastSyncProperty().get().endsWith("1 order new, 0 updated, 0 unchanged; 1 row could not be read."),
                statusBar.lastSyncProperty().get());
    }

    @Test
    void aReportDownloadedSinceTheLastImportIsOfferedAndImportedWithOneClickThenNotAgain() throws Exception {
        window.lookForOrderReportsIn(() -> List.of(downloads));
        window.lookForNewOrdersReport();
        assertEquals("", window.ordersOfferProperty().get(), "nothing downloaded yet");
        Files.writeString(downloads.resolve("shopping list.txt"), "eggs\nmilk\n"); // not a report
        Path report = downloaded("17629938412.txt", HEADER + row(shown.orderId(), "00340434161094042557"), 60);

        window.lookForNewOrdersReport(); // the window came to the front, back from Seller Central
        assertTrue(window.ordersOfferProperty().get().contains("17629938412.txt in " + downloads),
                window.ordersOfferProperty().get());

        window.importOfferedOrders(listedBadRows::add);
        assertEquals("", window.ordersOfferProperty().get());
        assertEquals(shown.orderId(), readingPane.orderProperty().get().orderId());
        assertEquals("Orders report 17629938412.txt: 1 order new, 0 updated, 0 unchanged.",
                statusBar.lastSyncProperty().get());
        window.lookForNewOrdersReport();
        assertEquals("", window.ordersOfferProperty().get(), "imported: not offered again");
        assertTrue(Files.exists(report));
    }

    @Test
    void notNowIsKeptWithTheMailboxUntilANewerReportIsDownloaded() throws Exception {
        window.lookForOrderReportsIn(() -> List.of(downloads));
        downloaded("17629938412.txt", HEADER + row(shown.orderId(), ""), 120);
        downloaded("old report.txt", HEADER + row(shown.orderId(), ""), 8 * 24 * 60); // last week's: not offered
        window.lookForNewOrdersReport();
        assertTrue(window.ordersOfferProperty().get().contains("17629938412.txt"), window.ordersOfferProperty().get());

        window.declineOrdersOffer();
        assertEquals("", window.ordersOfferProperty().get());
        window.detach(); // RelayDesk closed and opened again
        window.attach(opened.session);
        window.lookForNewOrdersReport();
        assertEquals("", window.ordersOfferProperty().get(), "declined, with the mailbox: not offered again");

        downloaded("17630011550.txt", HEADER + row(shown.orderId(), "00340434161094042557"), 10);
        window.lookForNewOrdersReport();
        assertTrue(window.ordersOfferProperty().get().contains("17630011550.txt"), window.ordersOfferProperty().get());
        assertNull(readingPane.orderProperty().get(), "offered, not imported behind the seller's back");
    }

    /** A file as a browser leaves it in Downloads, {@code minutesAgo} minutes ago. */
    private Path downloaded(String name, String content, long minutesAgo) throws java.io.IOException {
        Path file = Files.writeString(downloads.resolve(name), content);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(minutesAgo))));
        return file;
    }

    @Test
    void aFileThatIsNotThereIsAnErrorThatLeavesTheConnectionAlone() {
        window.importOrders(downloads.resolve("gone.txt"), listedBadRows::add);

        assertTrue(statusBar.errorProperty().get().contains("gone.txt"), statusBar.errorProperty().get());
        assertTrue(statusBar.onlineProperty().get(), "still shown online: the mailbox is fine");
        assertNull(readingPane.orderProperty().get());
    }
}
