package com.relaydesk.templates;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ids for templates the seller creates: readable ("where-is-my-order-de") and never one that
 * is taken, so a new template never replaces an existing one by accident. The id stays when the
 * template is renamed.
 */
public final class TemplateIds {

    private static final int MAX = 80;

    private TemplateIds() {
    }

    /** A free id made from the name and language; umlauts and accents lose their marks. */
    public static String newId(String name, String language, Collection<String> taken) {
        String base = slug(name);
        String lang = slug(language);
        if (!lang.isEmpty()) {
            base = trim(base, MAX - lang.length() - 4) + "-" + lang;
        }
        Set<String> used = taken.stream().collect(Collectors.toSet());
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = trim(base, MAX - 4) + "-" + n;
        }
        return id;
    }

    /** "Copy of X", or "Copy 2 of X" when that is taken in the same language. */
    public static String copyName(String name, Collection<String> namesInLanguage) {
        Set<String> used = namesInLanguage.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String candidate = "Copy of " + name;
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = "Copy " + n + " of " + name;
        }
        return candidate;
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "template" : trim(plain, MAX);
    }

    private static String trim(String s, int max) {
        String cut = s.length() <= max ? s : s.substring(0, max);
        return cut.replaceAll("-+$", "");
    }
}
