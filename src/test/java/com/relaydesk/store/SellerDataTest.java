package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.store.DraftOperations.Draft;
import com.relaydesk.store.TemplateOperations.StoredTemplate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SellerDataTest {

    @TempDir
    Path dir;

    @Test
    void templatesAreSavedByNameAndLanguageAndSurviveReopeningAndAResync() {
        Path file = dir.resolve("seller.sqlite");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            cache.templates().save("Where is my order", "en", "Your order {{order.id}}", "Hello {{buyer.name}}", true);
            cache.templates().save("Where is my order", "de", "Ihre Bestellung", "Hallo {{buyer.name}}", true);
            StoredTemplate edited = cache.templates().save("Where is my order", "en", "Your order", "Hi {{buyer.name}}", false);
            assertEquals("Hi {{buyer.name}}", cache.templates().find(edited.id()).orElseThrow().body());
            cache.sync().resetFolder("INBOX", new FolderSyncState("INBOX", 9, 0, 0));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            List<StoredTemplate> all = cache.templates().all();
            assertEquals(List.of("de", "en"), all.stream().map(StoredTemplate::language).toList());
            assertEquals("Hi {{buyer.name}}", all.get(1).body());
            cache.templates().delete(all.get(0).id());
            assertEquals(1, cache.templates().all().size());
            assertTrue(cache.audit().latest(1).get(0).action().equals("template deleted"));
        }
    }

    @Test
    void aDraftIsFoundAgainByTheMessageItAnswersAfterReopening() {
        Path file = dir.resolve("seller.sqlite");
        long id;
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Draft saved = cache.drafts().save(new Draft(0, "q1@buyer", TestMessages.ALIAS, "Re: parcel", "Dear", null, null, null));
            id = saved.id();
            cache.drafts().save(new Draft(id, "q1@buyer", TestMessages.ALIAS, "Re: parcel", "Dear Erika,", null, null, null));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            Draft draft = cache.drafts().forMessage("<q1@buyer>").orElseThrow();
            assertEquals(id, draft.id());
            assertEquals("Dear Erika,", draft.body());
            cache.drafts().delete(id);
            assertEquals(List.of(), cache.drafts().all());
        }
    }
}
