package com.relaydesk.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.lint.Part;
import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.RuleId;
import com.relaydesk.rules.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    private static Order order(String tracking) {
        return new Order("302-1234567-7654321", Instant.parse("2025-06-01T09:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Anna Berg", null, List.of(new OrderItem("S1", "B01", "Oak lamp", 1)),
                "Berlin", "10115", "DE", "DHL", tracking, LocalDate.of(2025, 6, 12));
    }

    private static Template template(String subject, String body, String language) {
        return new Template("t", "Test", language, MessageKind.REPLY, null, subject, body);
    }

    @Test
    void everyVariableIsFilledFromTheOrderAndDatesFollowTheLanguage() {
        RenderedTemplate en = renderer.render(template("Order {{order.id}}",
                "Hi {{buyer.name}}, {{item.title}} goes with {{order.carrier}} ({{ order.tracking }}) on {{order.deliveryDate}}. {{seller.name}}",
                "en"), order("00340434161234"), "Oakwood");
        assertEquals("Order 302-1234567-7654321", en.subject());
        assertEquals("Hi Anna Berg, Oak lamp goes with DHL (00340434161234) on June 12, 2025. Oakwood", en.text());
        assertTrue(en.complete());
        RenderedTemplate de = renderer.render(template("", "am {{order.deliveryDate}}", "de"), order("x"), "Oakwood");
        assertEquals("am 12. Juni 2025", de.text());
    }

    @Test
    void anUnknownVariableBlocksAndIsNamedWhereItStands() {
        RenderedTemplate rendered = renderer.render(template("", "Hello {{buyer.firstName}}!", "en"), order("x"), "Shop");
        assertEquals("Hello {{buyer.firstName}}!", rendered.text());
        Finding finding = rendered.variableFindings().get(0);
        assertEquals(RuleId.E5, finding.ruleId());
        assertEquals(Severity.BLOCK, finding.severity());
        assertEquals(Part.TEXT, finding.part());
        assertEquals("{{buyer.firstName}}", rendered.text().substring(finding.start(), finding.end()));
        assertTrue(finding.message().contains("Unknown variable {{buyer.firstName}}"), finding.message());
    }

    @Test
    void aVariableTheOrderCannotFillBlocksAndSaysWhat() {
        RenderedTemplate rendered = renderer.render(template("Re {{order.id}}", "Tracking: {{order.tracking}}", "en"),
                order(null), "Shop");
        assertEquals(1, rendered.variableFindings().size());
        Finding finding = rendered.variableFindings().get(0);
        assertTrue(finding.message().startsWith("{{order.tracking}} cannot be filled: the order has no tracking number"),
                finding.message());
        assertEquals("{{order.tracking}}", rendered.text().substring(finding.start(), finding.end()));
    }

    @Test
    void withoutAShopNameTheSignOffStaysUnfilledAndSaysWhereToSetIt() {
        // It was filled with the mailbox's address, which every reply then blocked as a contact detail (C6).
        RenderedTemplate rendered = renderer.render(template("", "Kind regards\n{{seller.name}}", "en"), order("x"), "");
        assertEquals("Kind regards\n{{seller.name}}", rendered.text());
        Finding finding = rendered.variableFindings().get(0);
        assertEquals(RuleId.E5, finding.ruleId());
        assertTrue(finding.message().startsWith("{{seller.name}} cannot be filled: RelayDesk does not know your shop's name"
                + " yet. Set it under Shop name in menu → Mailbox settings…"), finding.message());
    }

    @Test
    void anOrderNotImportedYetStillHasItsIdAndBuyerFromTheMessageAndTheRestSaysToImportTheReport() {
        RenderedTemplate rendered = renderer.render(template("Re {{order.id}}",
                "Hola {{buyer.name}}: {{order.tracking}}", "es"), null,
                new MessageFacts("171-9740328-0293158", "Carmen Torres"), "Shop");
        assertEquals("Re 171-9740328-0293158", rendered.subject());
        assertEquals("Hola Carmen Torres: {{order.tracking}}", rendered.text());
        assertEquals(1, rendered.variableFindings().size());
        assertEquals("{{order.tracking}} cannot be filled: order 171-9740328-0293158 is not in RelayDesk yet. Import the "
                + "orders report (menu → Import orders report…), or replace the variable with the text.",
                rendered.variableFindings().get(0).message());
    }

    @Test
    void withoutASelectedOrderEveryOrderVariableIsNamed() {
        RenderedTemplate rendered = renderer.render(template("{{order.id}}", "{{buyer.name}} / {{seller.name}}", "en"),
                null, "Shop");
        assertEquals(2, rendered.variableFindings().size());
        assertTrue(rendered.variableFindings().get(0).message().contains("no order is selected"));
        assertEquals("{{order.id}}", rendered.subject());
        assertEquals("{{buyer.name}} / Shop", rendered.text());
    }
}
