package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.Order;
import com.relaydesk.orders.ImportedReport;
import com.relaydesk.model.OrderStatus;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderImportTest {

    static final String HEADER = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\tsku\t"
            + "asin\tquantity\tship-city\tship-postal-code\tship-country\tbuyer-name\tbuyer-alias\ttracking-number\t"
            + "carrier\tdelivery-date\tis-handmade\tsales-channel\n";

    static String row(String id, String status, String product, String alias, String tracking) {
        return id + "\t2026-11-02T09:15:00+00:00\t" + status + "\tMerchant\t" + product + "\tSKU-1\tB000000001\t1\tBerlin\t"
                + "10115\tDE\tErika Mustermann\t" + alias + "\t" + tracking + "\tDHL\t2026-11-05\tfalse\tAmazon.de\n";
    }

    @TempDir
    Path dir;
    private AccountCache cache;
    private OrderImport importer;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER);
        importer = new OrderImport(cache.orders());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private ImportedReport importText(String text) {
        return importer.importReport(new StringReader(text));
    }

    @Test
    void aReportIsImportedWithItsItemsAndFoundByOrderIdAndByAlias() {
        ImportedReport result = importText(HEADER
                + row("113-4455667-8899001", "Shipped", "Canvas bag", TestMessages.ALIAS, "00340434161094042557")
                + row("113-4455667-8899001", "Shipped", "Zipper pull", TestMessages.ALIAS, "00340434161094042557")
                + row("222-3334445-5566677", "Unshipped", "Mug", TestMessages.OTHER_ALIAS, ""));

        assertEquals(new ImportedReport(2, 0, 0, List.of()), result);
        Order order = cache.orders().find("113-4455667-8899001").orElseThrow();
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertEquals(List.of("Canvas bag", "Zipper pull"), order.items().stream().map(i -> i.title()).toList());
        assertEquals("00340434161094042557", order.trackingNumber());
        assertEquals(LocalDate.parse("2026-11-05"), order.deliveryDate());
        assertEquals(List.of("113-4455667-8899001"),
                cache.orders().forAlias(TestMessages.ALIAS.toUpperCase()).stream().map(Order::orderId).toList());
    }

    @Test
    void importingTheSameReportTwiceChangesNothingAndAChangedOrderCountsAsUpdated() {
        String report = HEADER + row("113-4455667-8899001", "Shipped", "Canvas bag", TestMessages.ALIAS, "1Z1")
                + row("222-3334445-5566677", "Unshipped", "Mug", TestMessages.OTHER_ALIAS, "");
        importText(report);
        assertEquals(new ImportedReport(0, 0, 2, List.of()), importText(report));

        ImportedReport later = importText(HEADER
                + row("113-4455667-8899001", "Delivered", "Canvas bag", TestMessages.ALIAS, "1Z1")
                + row("222-3334445-5566677", "Unshipped", "Mug", TestMessages.OTHER_ALIAS, ""));

        assertEquals(new ImportedReport(0, 1, 1, List.of()), later);
        assertEquals(OrderStatus.DELIVERED, cache.orders().find("113-4455667-8899001").orElseThrow().status());
        assertEquals(2, cache.orders().count());
        assertEquals(1, cache.orders().find("113-4455667-8899001").orElseThrow().items().size(), "items not doubled");
    }

    @Test
    void aBuyerNameThatArrivesWithTheOrderReportMakesEarlierMessagesFindableByIt() {
        cache.sync().storeBatch("Sent", List.of(TestMessages.reply(1).html("<p>On its way</p>").body("").build()),
                new com.relaydesk.mail.FolderSyncState("Sent", 1, 2, 0));
        assertEquals(List.of(), cache.inbox().search("mustermann", 10));

        importText(HEADER + row(TestMessages.ORDER, "Shipped", "Canvas bag", TestMessages.ALIAS, ""));

        assertEquals(1, cache.inbox().search("mustermann", 10).size());
        assertEquals(1, cache.inbox().search("its way", 10).size(), "the HTML body is still indexed");
    }

    @Test
    void messagesSyncedAfterTheOrderReportAreFindableByTheBuyerNameItGave() {
        importText(HEADER + row(TestMessages.ORDER, "Shipped", "Canvas bag", TestMessages.ALIAS, ""));

        cache.sync().storeBatch("INBOX", List.of(TestMessages.buyer(1).body("Where is it?").build(),
                        TestMessages.buyer(2).body("").html("<p>Still waiting</p>").build()),
                new com.relaydesk.mail.FolderSyncState("INBOX", 1, 3, 0));

        assertEquals(2, cache.inbox().search("mustermann", 10).size(), "plain and HTML-only messages alike");
        assertEquals(1, cache.inbox().search("waiting", 10).size());
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndTheOtherRowsStillImport() {
        ImportedReport result = importText(HEADER
                + row("113-4455667-8899001", "Shipped", "Canvas bag", TestMessages.ALIAS, "")
                + row("not-an-order", "Shipped", "Mug", TestMessages.ALIAS, "")
                + row("333-1234567-7654321", "Teleported", "Lamp", TestMessages.ALIAS, "")
                + row("444-1234567-7654321", "Pending", "Desk", TestMessages.ALIAS, ""));

        assertEquals(2, result.imported());
        assertEquals(List.of(3, 4), result.problems().stream().map(p -> p.line()).toList());
        assertTrue(cache.orders().find("444-1234567-7654321").isPresent());
    }
}
