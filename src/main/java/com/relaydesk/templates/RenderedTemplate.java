package com.relaydesk.templates;

import com.relaydesk.lint.Draft;
import com.relaydesk.lint.Finding;
import java.util.List;

/**
 * A template filled from an order. A variable that could not be filled stays as written
 * ({@code {{order.tracking}}}) and has a blocking finding that names it; spans point into the
 * rendered subject and text.
 */
public record RenderedTemplate(Template template, String subject, String text, List<Finding> variableFindings) {

    public RenderedTemplate {
        variableFindings = List.copyOf(variableFindings);
    }

    public boolean complete() {
        return variableFindings.isEmpty();
    }

    /** The draft to send (or to lint), marked as an unchanged template (C12). */
    public Draft toDraft() {
        return new Draft(subject, text, null, List.of(), template.kind(), template.reason(), null, List.of(), true);
    }
}
