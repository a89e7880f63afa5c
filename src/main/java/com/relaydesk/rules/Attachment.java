package com.relaydesk.rules;

import java.util.Objects;

/**
 * An attachment as the D rules see it: its file name and its decoded content.
 *
 * @param fileName as the sender named it (may be empty, never null)
 * @param content  the decoded bytes
 */
public record Attachment(String fileName, byte[] content) {

    public Attachment {
        fileName = fileName == null ? "" : fileName;
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }
}
