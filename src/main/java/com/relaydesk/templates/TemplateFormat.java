package com.relaydesk.templates;

import com.relaydesk.lint.MessageKind;
import com.relaydesk.rules.ContactReason;
import java.util.Locale;

/**
 * A template as a small text file — header lines, a {@code ---} line, then the text — so the
 * starter set ships as readable resources and {@link TemplateFolder} stores what a seller saves.
 *
 * <pre>
 * name: Where is my order?
 * language: en
 * kind: reply
 * reason: shipping-question
 * subject: Your order {{order.id}}
 * ---
 * Hello {{buyer.name}}, …
 * </pre>
 */
public final class TemplateFormat {

    private TemplateFormat() {
    }

    public static String write(Template template) {
        StringBuilder s = new StringBuilder();
        s.append("name: ").append(oneLine(template.name())).append('\n');
        s.append("language: ").append(template.language()).append('\n');
        s.append("kind: ").append(template.kind().name().toLowerCase(Locale.ROOT)).append('\n');
        if (template.reason() != null) {
            s.append("reason: ").append(template.reason().kebabName()).append('\n');
        }
        s.append("subject: ").append(oneLine(template.subject())).append('\n');
        s.append("---\n").append(template.body());
        return s.toString();
    }

    /** Reads a template; the message of a failure names the line that is wrong. */
    public static Template read(String id, String content) {
        String text = content.replace("\r\n", "\n");
        int separator = text.startsWith("---\n") ? 0 : text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException("template " + id + " has no --- line between header and text");
        }
        String name = null;
        String language = "en";
        MessageKind kind = MessageKind.REPLY;
        ContactReason reason = null;
        String subject = "";
        String[] lines = text.substring(0, separator).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("template " + id + ", line " + (i + 1) + ": expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "name" -> name = value;
                case "language" -> language = value;
                case "kind" -> kind = MessageKind.valueOf(value.toUpperCase(Locale.ROOT));
                case "reason" -> reason = ContactReason.fromKebabName(value).orElseThrow(() ->
                        new IllegalArgumentException("template " + id + ": unknown contact reason " + value));
                case "subject" -> subject = value;
                default -> throw new IllegalArgumentException("template " + id + ", line " + (i + 1) + ": unknown key " + key);
            }
        }
        String body = text.substring(separator == 0 ? 4 : separator + 5);
        return new Template(id, name, language, kind, reason, subject, body);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
