package com.relaydesk.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Linter;
import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.RuleId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateServiceTest {

    @TempDir
    Path folder;

    private TemplateService service() {
        return new TemplateService(new TemplateFolder(folder), Linter.standard());
    }

    private static Template reply(String id, String body) {
        return new Template(id, "Name " + id, "en", MessageKind.REPLY, null, "Order {{order.id}}", body);
    }

    @Test
    void aCompliantTemplateIsSavedAndSurvivesARestart() {
        assertTrue(service().save(reply("size", "Hello {{buyer.name}}, {{item.title}} is a true size 42.")).saved());
        Template back = new TemplateFolder(folder).find("size").orElseThrow();
        assertEquals("Hello {{buyer.name}}, {{item.title}} is a true size 42.", back.body());
        assertEquals("Order {{order.id}}", back.subject());
    }

    @Test
    void aTemplateAskingForAReviewIsLintedOnSaveAndNotSaved() {
        TemplateService.SaveResult result = service().save(reply("review",
                "Hello {{buyer.name}}, if you are happy, please leave us a 5-star review."));
        assertFalse(result.saved());
        assertTrue(result.report().findings().stream().anyMatch(f -> f.ruleId() == RuleId.C3));
        assertTrue(new TemplateFolder(folder).find("review").isEmpty());
    }

    @Test
    void aTemplateWithAnUnknownVariableIsNotSavedAndTheVariableIsNamed() {
        TemplateService.SaveResult result = service().save(reply("typo", "Hello {{buyer.nmae}}, thanks."));
        assertFalse(result.saved());
        assertTrue(result.report().findings().get(0).message().contains("{{buyer.nmae}}"));
    }

    @Test
    void theStarterSetIsInstalledOnceAndListedByName() {
        TemplateService service = service();
        assertEquals(36, service.installStarterSet());
        assertEquals(0, service.installStarterSet());
        assertEquals(36, service.repository().list().size());
        assertTrue(service.repository().delete("return-steps-de"));
        assertEquals(1, service.installStarterSet());
    }

    @Test
    void anUnreadableTemplateFileIsSkippedNotFatal() throws Exception {
        service().save(reply("ok", "Hello {{buyer.name}}."));
        Files.writeString(folder.resolve("broken.template"), "no separator here");
        assertEquals(1, new TemplateFolder(folder).list().size());
    }

    @Test
    void thePreviewOfASentTemplateSuggestsPersonalizingIt() {
        TemplateService.Preview preview = service().preview(reply("p", "Hello {{buyer.name}}."),
                TemplateService.sampleOrder(), "Shop");
        assertTrue(preview.sendable());
        assertTrue(preview.report().findings().stream().anyMatch(f -> f.ruleId() == RuleId.C12));
    }
}
