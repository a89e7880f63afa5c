package com.relaydesk.templates;

import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.ContactReason;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reply template (E5): subject and text with variables such as {@code {{order.id}}} that fill in
 * from the order.
 *
 * @param id       stable name, lower-case letters, digits and dashes ("where-is-my-order-en")
 * @param language the language it is written in, as a BCP 47 tag ("en", "de"); dates follow it
 * @param kind     whether it answers a buyer or starts a conversation (only critical ones may)
 * @param reason   the Seller Central contact reason it fits, or null
 */
public record Template(String id, String name, String language, MessageKind kind, ContactReason reason,
                       String subject, String body) {

    /** Languages a template may be written in: the linter knows these five (C3, C4). */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de", "fr", "es", "it");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public Template {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A template id is lower-case letters, digits and dashes: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template needs a name");
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
