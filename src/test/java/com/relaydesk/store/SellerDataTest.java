package com.relaydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.mail.FolderSyncState;
import com.relaydesk.store.DraftOperations.Draft;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.ContactReason;
import com.relaydesk.templates.Template;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SellerDataTest {

    @TempDir
    Path dir;

    @Test
    void templatesAreSavedByIdSurviveReopeningAndAResyncAndTheirDeletionIsAudited() {
        Path file = dir.resolve("seller.sqlite");
        Template en = new Template("where-is-my-order-en", "Where is my order?", "en", MessageKind.REPLY,
                ContactReason.SHIPPING_QUESTION, "Your order {{order.id}}", "Hello {{buyer.name}}");
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            cache.templates().save(en);
            cache.templates().save(new Template("where-is-my-order-de", "Wo ist meine Bestellung?", "de",
                    MessageKind.REPLY, null, "Ihre Bestellung", "Hallo {{buyer.name}}"));
            cache.templates().save(new Template("where-is-my-order-en", "Where is my order?", "en", MessageKind.REPLY,
                    ContactReason.SHIPPING_QUESTION, "Your order", "Hi {{buyer.name}}"));
            cache.sync().resetFolder("INBOX", new FolderSyncState("INBOX", 9, 0, 0));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            List<Template> all = cache.templates().list();
            assertEquals(List.of("where-is-my-order-en", "where-is-my-order-de"), all.stream().map(Template::id).toList());
            Template saved = cache.templates().find("where-is-my-order-en").orElseThrow();
            assertEquals("Hi {{buyer.name}}", saved.body());
            assertEquals(ContactReason.SHIPPING_QUESTION, saved.reason());
            assertTrue(cache.templates().delete("where-is-my-order-de"));
            assertFalse(cache.templates().delete("where-is-my-order-de"));
            assertEquals(1, cache.templates().list().size());
            assertEquals("template deleted", cache.audit().latest(1).get(0).action());
        }
    }

    @Test
    void aSecondTemplateWithTheSameNameAndLanguageIsRefusedWithAReason() {
        try (AccountCache cache = AccountCache.open(dir.resolve("seller.sqlite"), TestMessages.SELLER)) {
            cache.templates().save(new Template("a", "Thanks", "en", MessageKind.REPLY, null, "", "Thank you"));
            CacheException e = assertThrows(CacheException.class, () -> cache.templates()
                    .save(new Template("b", "Thanks", "en", MessageKind.REPLY, null, "", "Thanks!")));
            assertTrue(e.getMessage().contains("another name"), e.getMessage());
        }
    }

    @Test
    void aDraftIsFoundAgainByTheMessageItAnswersAfterReopening() {
        Path file = dir.resolve("seller.sqlite");
        long id;
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            owner(cache);
            Draft saved = cache.drafts().save(1, new Draft(0, "q1@buyer", TestMessages.ALIAS, "Re: parcel", "Dear", null, null, null));
            id = saved.id();
            cache.drafts().save(1, new Draft(id, "q1@buyer", TestMessages.ALIAS, "Re: parcel", "Dear Erika,", null, null, null));
        }
        try (AccountCache cache = AccountCache.open(file, TestMessages.SELLER)) {
            assertEquals(1, owner(cache));
            Draft draft = cache.drafts().forMessage(1, "<q1@buyer>").orElseThrow();
            assertEquals(id, draft.id());
            assertEquals("Dear Erika,", draft.body());
            cache.drafts().delete(1, id);
            assertEquals(List.of(), cache.drafts().all(1));
        }
    }

    private static long owner(AccountCache cache) {
        return new com.relaydesk.team.Profiles(cache.profiles(), new com.relaydesk.team.PinHasher(),
                java.time.Clock.systemUTC()).ensureOwner("seller").id();
    }
}
