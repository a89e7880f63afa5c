package com.relaydesk.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderReportTest {

    private final Order order = new Order("113-4455667-8899001", Instant.parse("2026-11-02T09:15:00Z"),
            OrderStatus.SHIPPED, FulfillmentChannel.MERCHANT, true, "Jane Doe", "kx4j9v2mq1zp@marketplace.amazon.com",
            List.of(new OrderItem("SKU-1", "B000000001", "Walnut desk lamp", 1), new OrderItem("SKU-2", "B000000002", "Bulb", 2)),
            "Leeds", "LS1 4AP", "GB", "Royal Mail", "RM123456789GB", LocalDate.parse("2026-11-05"));

    @Test
    void aWrittenReportReadsBackToTheSameOrders() {
        StringWriter out = new StringWriter();
        OrderReport.write(List.of(order), out);
        assertTrue(out.toString().startsWith("amazon-order-id\tpurchase-date\torder-status\t"));
        OrderReport.ReadResult result = OrderReport.read(new StringReader(out.toString()));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(order), result.orders());
    }

    @Test
    void columnsInAnyOrderAndUnknownColumnsAreFine() {
        String tsv = "order-status\tsales-channel\tamazon-order-id\tpurchase-date\tfulfillment-channel\tproduct-name\n"
                + "Cancelled\tAmazon.com\t302-1234567-7654321\t2026-10-01T12:00:00-07:00\tAmazon\tMug\n";
        Order read = OrderReport.read(new StringReader(tsv)).orders().get(0);
        assertEquals(OrderStatus.CANCELED, read.status());
        assertEquals(FulfillmentChannel.MARKETPLACE, read.channel());
        assertEquals(Instant.parse("2026-10-01T19:00:00Z"), read.purchaseDate());
        assertEquals("Mug", read.items().get(0).title());
    }

    @Test
    void badRowsAreReportedWithLineNumbersAndTheRestStillReads() {
        String tsv = "amazon-order-id\tpurchase-date\torder-status\n"
                + "111-1111111-1111111\t2026-10-01T12:00:00Z\tShipped\n"
                + "222-2222222-2222222\tyesterday\tShipped\n"
                + "333-3333333-3333333\t2026-10-01T12:00:00Z\tLost\n"
                + "444-4444444-4444444\t2026-10-01T12:00:00Z\tDelivered\n";
        OrderReport.ReadResult result = OrderReport.read(new StringReader(tsv));
        assertEquals(2, result.orders().size());
        assertEquals(List.of(3, 4), result.problems().stream().map(OrderReport.Problem::line).toList());
        assertTrue(result.problems().get(1).message().contains("Lost"));
        assertTrue(result.problems().get(0).message().contains("purchase-date \"yesterday\""), result.problems().get(0).message());
    }

    @Test
    void aFileWithoutTheReportHeaderIsOneProblemOnLineOne() {
        OrderReport.ReadResult result = OrderReport.read(new StringReader("name\tprice\nlamp\t3\n"));
        assertEquals(List.of(), result.orders());
        assertEquals(1, result.problems().get(0).line());
    }
}
