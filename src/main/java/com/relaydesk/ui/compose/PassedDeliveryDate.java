package com.relaydesk.ui.compose;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.Part;
import com.relaydesk.rules.Severity;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderStatus;
import com.relaydesk.rules.RuleId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A template fills in the order's delivery date as it was when the order report came: once that
 * day has passed, "the carrier expects to deliver it on November 9" reads as a broken promise on
 * December 1. The date is pointed at with a warning (not a block: "it was delivered on November 9"
 * is right).
 */
final class PassedDeliveryDate {

    /** The languages a template can be written in (E5): the date is looked for as each would write it. */
    private static final List<Locale> TEMPLATE_LOCALES = com.relaydesk.templates.Template.LANGUAGES
            .stream().map(Locale::forLanguageTag).toList();

    private PassedDeliveryDate() {
    }

    static Optional<Finding> in(Part part, String text, Order order, LocalDate today) {
        if (order == null || order.deliveryDate() == null || !order.deliveryDate().isBefore(today)) {
            return Optional.empty();
        }
        for (Locale locale : TEMPLATE_LOCALES) {
            String shown = order.deliveryDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            int at = text.indexOf(shown);
            if (at >= 0) {
                String why = order.status() == OrderStatus.DELIVERED
                        ? "The order was delivered on " + shown + ": check that the text says so rather than promising it."
                        : shown + " has passed and the order is not marked delivered: check that the text still fits "
                                + "(the parcel may be late) before sending.";
                return Optional.of(new Finding(RuleId.E5, Severity.WARN, why, part, at, at + shown.length()));
            }
        }
        return Optional.empty();
    }
}
