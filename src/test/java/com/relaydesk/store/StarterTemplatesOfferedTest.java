package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Linter;
import com.relaydesk.templates.StarterTemplates;
import com.relaydesk.templates.Template;
import com.relaydesk.templates.TemplateService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starter templates a newer RelayDesk adds reach a mailbox that had the first set, once; deleted ones stay gone. */
class StarterTemplatesOfferedTest {

    @TempDir
    Path dir;

    private AccountCache cache;
    private TemplateService service;

    @BeforeEach
    void open() {
        cache = AccountCache.open(dir.resolve("seller.sqlite"), "seller@example.org");
        service = new TemplateService(cache.templates(), Linter.standard());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    /** The starters that came after the first set: French and Spanish, cancellations, invoices, damaged items. */
    private static Set<String> added() {
        Set<String> later = new HashSet<>(StarterTemplates.ids());
        later.removeAll(TemplateOperations.FIRST_STARTER_SET);
        return later;
    }

    /** A mailbox of an earlier version: the first set installed, one of them deleted by the seller. */
    private void keepTheFirstSetWithoutProductQuestionDe() {
        for (Template t : StarterTemplates.all()) {
            if (TemplateOperations.FIRST_STARTER_SET.contains(t.id()) && !t.id().equals("product-question-de")) {
                cache.templates().save(t);
            }
        }
    }

    @Test
    void theStarterSetIsNotInTheAuditLogAsTheSellersWorkButTheirOwnSaveIs() {
        int added = service.offerStarterSet();
        assertTrue(added > 10, "the whole set: " + added);
        assertTrue(cache.audit().latest(1000).stream().noneMatch(e -> e.action().equals("template saved")),
                "nobody saved them: RelayDesk added them");

        Template mine = StarterTemplates.all().get(0);
        assertTrue(service.save(mine).saved());
        assertEquals(1, cache.audit().latest(1000).stream().filter(e -> e.action().equals("template saved")).count(),
                "a template the seller saves is theirs");
    }

    @Test
    void aMailboxThatRecordedTheFirstSetGetsOnlyTheNewStartersAndOnlyOnce() throws Exception {
        keepTheFirstSetWithoutProductQuestionDe();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache.file());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO desk_settings (key, value) VALUES ('starter_templates_offered', '1')");
        }
        assertFalse(added().isEmpty(), "this version adds starters to the first set");

        assertEquals(added().size(), service.offerStarterSet());
        for (String id : added()) {
            assertTrue(cache.templates().find(id).isPresent(), id);
        }
        assertTrue(cache.templates().find("product-question-de").isEmpty(), "what the seller deleted stays deleted");
        assertEquals(0, service.offerStarterSet(), "offered once");
        assertEquals(StarterTemplates.ids(), cache.templates().offeredStarters());
    }

    @Test
    void aMailboxFromBeforeTheRecordCountsAsOfferedTheFirstSet() {
        keepTheFirstSetWithoutProductQuestionDe();
        assertEquals(added().size(), service.offerStarterSet());
        assertTrue(cache.templates().find("product-question-de").isEmpty());
    }

    @Test
    void aNewStarterTheSellerDeletedDoesNotComeBack() {
        assertEquals(StarterTemplates.ids().size(), service.offerStarterSet(), "a new mailbox gets them all");
        String later = added().iterator().next();
        assertTrue(cache.templates().delete(later));
        assertEquals(0, service.offerStarterSet());
        assertTrue(cache.templates().find(later).isEmpty());
    }
}
