package com.relaydesk.rules;

import java.util.HexFormat;
import java.util.Objects;

/**
 * An attachment as the D rules see it: its file name and its decoded content.
 *
 * @param fileName as the sender named it (may be empty, never null)
 * @param content  the decoded bytes
 * @param sha256   the content's SHA-256 in lower-case hex when it is known already (worked out when
 *                 the file was read, or stored with the draft it came back from), else null; the
 *                 store keeps each content once by this hash, so a known one spares reading it all
 *                 again each time a draft is saved
 */
public record Attachment(String fileName, byte[] content, String sha256) {

    private static final java.util.regex.Pattern HEX_SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        fileName = fileName == null ? "" : fileName;
        Objects.requireNonNull(content, "content");
        if (sha256 != null && !HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
    }

    /** An attachment whose hash is not known yet. */
    public Attachment(String fileName, byte[] content) {
        this(fileName, content, null);
    }

    /** This attachment with its content's hash worked out now, on the calling thread (one read of the content). */
    public Attachment hashed() {
        return sha256 != null ? this : new Attachment(fileName, content, sha256Of(content));
    }

    public long size() {
        return content.length;
    }

    /** SHA-256 in lower-case hex. */
    public static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
