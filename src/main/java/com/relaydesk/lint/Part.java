package com.relaydesk.lint;

/**
 * Which part of a draft a span points into. {@code TEXT} is the plain-text body, {@code HTML}
 * the HTML body as source; attachment findings point at the attachment's index.
 */
public enum Part {
    SUBJECT, TEXT, HTML, ATTACHMENT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
