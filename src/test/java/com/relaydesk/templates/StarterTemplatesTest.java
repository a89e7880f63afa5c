package com.relaydesk.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.lint.Finding;
import com.relaydesk.lint.LintReport;
import com.relaydesk.lint.Linter;
import com.relaydesk.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class StarterTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void theStarterSetCoversNineCasesInEnglishGermanFrenchAndSpanish() {
        List<Template> all = StarterTemplates.all();
        assertEquals(List.of("en", "de", "fr", "es"), StarterTemplates.LANGUAGES);
        assertEquals(9, StarterTemplates.CASES.size());
        assertEquals(36, all.size());
        for (String useCase : StarterTemplates.CASES) {
            for (String language : StarterTemplates.LANGUAGES) {
                String id = useCase + "-" + language;
                assertTrue(all.stream().anyMatch(t -> t.id().equals(id) && t.language().equals(language)), id);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStarterTemplateLintsCleanFilledFromAFullOrder() {
        TemplateService service = new TemplateService(new TemplateFolder(folder), Linter.standard());
        return StarterTemplates.all().stream().map(template -> DynamicTest.dynamicTest(template.id() + " lints clean", () -> {
            TemplateService.Preview preview = service.preview(template, TemplateService.sampleOrder(), "Oakwood Candles");
            LintReport report = preview.report();
            List<Finding> problems = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertTrue(problems.isEmpty(), () -> template.id() + ": " + problems + "\n" + preview.rendered().text());
            assertTrue(preview.rendered().complete(), template.id());
            assertTrue(!preview.rendered().text().contains("{{"), template.id());
        }));
    }
}
