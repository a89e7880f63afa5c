package com.relaydesk.templates;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.Linter;
import com.relaydesk.model.FulfillmentChannel;
import com.relaydesk.model.Order;
import com.relaydesk.model.OrderItem;
import com.relaydesk.model.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Templates as the seller uses them: saved only when they lint clean of blocking findings (E5:
 * templates are checked by the same linter), previewed filled from the selected order with every
 * unfilled variable named, and the starter set installed once.
 */
public final class TemplateService {

    /** What saving did: saved, or refused with the findings that block it. */
    public record SaveResult(boolean saved, LintReport report) {
    }

    /** A template filled from an order, and what the linter says about the result. */
    public record Preview(RenderedTemplate rendered, LintReport report) {

        public boolean sendable() {
            return !report.blocked();
        }
    }

    private final TemplateRepository repository;
    private final Linter linter;
    private final TemplateRenderer renderer = new TemplateRenderer();

    public TemplateService(TemplateRepository repository, Linter linter) {
        this.repository = repository;
        this.linter = linter;
    }

    public TemplateRepository repository() {
        return repository;
    }

    /** Lints the template filled from a sample order; saves it unless something blocks. */
    public SaveResult save(Template template) {
        return save(template, repository::save);
    }

    private SaveResult save(Template template, java.util.function.Consumer<Template> keep) {
        LintReport report = check(template);
        if (report.blocked()) {
            return new SaveResult(false, report);
        }
        keep.accept(template);
        return new SaveResult(true, report);
    }

    /** The linter's view of a template, filled from a sample order with every variable set. */
    public LintReport check(Template template) {
        return lint(renderer.render(template, sampleOrder(), "Sample Shop"));
    }

    /** The template filled from this order (null: none selected) and its findings. */
    public Preview preview(Template template, Order order, String sellerName) {
        return preview(template, order, MessageFacts.NONE, sellerName);
    }

    /** The template filled for a reply: from the order, and where it is not imported, from what the message says. */
    public Preview preview(Template template, Order order, MessageFacts message, String sellerName) {
        RenderedTemplate rendered = renderer.render(template, order, message, sellerName);
        return new Preview(rendered, lint(rendered));
    }

    /**
     * Installs each starter template the mailbox has not been offered yet: the whole set the first
     * time its templates are opened, later only those a newer RelayDesk added; one the seller
     * deleted never comes back. Returns how many were added.
     */
    public int offerStarterSet() {
        Set<String> offered = repository.offeredStarters();
        Set<String> all = new TreeSet<>(offered);
        int added = install(template -> !offered.contains(template.id()));
        all.addAll(StarterTemplates.ids());
        if (all.size() > offered.size()) {
            repository.markStartersOffered(all);
        }
        return added;
    }

    /** Saves every starter template whose id is not taken yet; returns how many were added. */
    public int installStarterSet() {
        return install(template -> true);
    }

    /** Saves each chosen starter template whose id is not taken yet; returns how many were added. */
    private int install(java.util.function.Predicate<Template> chosen) {
        int added = 0;
        for (Template template : StarterTemplates.all()) {
            if (chosen.test(template) && repository.find(template.id()).isEmpty()
                    && save(template, repository::saveStarter).saved()) {
                added++;
            }
        }
        return added;
    }

    private LintReport lint(RenderedTemplate rendered) {
        LintReport report = linter.lint(rendered.toDraft());
        List<Finding> findings = new ArrayList<>(rendered.variableFindings());
        findings.addAll(report.findings());
        return new LintReport(report.draft(), findings);
    }

    /** An order with every field a variable reads, so that only the wording is judged on save. */
    public static Order sampleOrder() {
        return new Order("123-1234567-1234567", Instant.parse("2025-06-02T10:00:00Z"), OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT, false, "Alex Example", null,
                List.of(new OrderItem("SKU-1", "B000000000", "Sample item", 1)), "Berlin", "10115", "DE", "DHL",
                "1Z999AA10123456784", LocalDate.of(2025, 6, 5));
    }
}
