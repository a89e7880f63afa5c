package com.relaydesk.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The compliant templates RelayDesk ships for the common cases — where is my order, return steps,
 * address problem, customization question, delivery scheduling, product question, cancelling an
 * order, sending an invoice, an item that arrived damaged — in English, German, French and Spanish,
 * as resources under {@code /templates/starter/}.
 */
public final class StarterTemplates {

    /** Resource names without the suffix; each exists in every one of {@link #LANGUAGES} (-en, -de, -fr, -es). */
    static final List<String> CASES = List.of("where-is-my-order", "return-steps", "address-problem",
            "customization-question", "delivery-scheduling", "product-question", "cancel-order", "invoice",
            "damaged-item");
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private StarterTemplates() {
    }

    public static List<Template> all() {
        List<Template> templates = new ArrayList<>();
        for (String id : ids()) {
            templates.add(TemplateFormat.read(id, resource("/templates/starter/" + id + TemplateFolder.SUFFIX)));
        }
        return templates;
    }

    /** The ids of all starter templates ("where-is-my-order-en", …). */
    public static Set<String> ids() {
        Set<String> ids = new java.util.TreeSet<>();
        for (String useCase : CASES) {
            for (String language : LANGUAGES) {
                ids.add(useCase + "-" + language);
            }
        }
        return ids;
    }

    private static String resource(String path) {
        try (InputStream in = StarterTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("starter template missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
