package com.relaydesk.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the flat JSON object a token endpoint answers with (strings, numbers, booleans, null;
 * nested values are skipped). Enough for RFC 6749 responses without a JSON library.
 */
final class FlatJson {

    private final String text;
    private int pos;

    private FlatJson(String text) {
        this.text = text;
    }

    static Map<String, String> parse(String text) {
        FlatJson json = new FlatJson(text == null ? "" : text);
        Map<String, String> values = new LinkedHashMap<>();
        json.skipSpace();
        json.expect('{');
        json.skipSpace();
        if (json.peek() == '}') {
            return values;
        }
        while (true) {
            json.skipSpace();
            String key = json.string();
            json.skipSpace();
            json.expect(':');
            json.skipSpace();
            String value = json.value();
            if (value != null) {
                values.put(key, value);
            }
            json.skipSpace();
            char c = json.next();
            if (c == '}') {
                return values;
            }
            if (c != ',') {
                throw json.error();
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            skipNested();
            return null;
        }
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        return literal.equals("null") ? null : literal;
    }

    private void skipNested() {
        int depth = 0;
        do {
            char c = next();
            if (c == '"') {
                pos--;
                string();
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        } while (depth > 0);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error();
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error();
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error();
        }
    }

    private IllegalArgumentException error() {
        return new IllegalArgumentException("not a JSON object at character " + pos);
    }

    /** A JSON string literal, for writing small answers (the test server, never tokens to logs). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
