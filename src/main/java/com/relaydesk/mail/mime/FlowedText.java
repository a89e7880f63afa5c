package com.relaydesk.mail.mime;

/**
 * Plain text sent as {@code format=flowed} (RFC 3676), joined back into its paragraphs. Thunderbird,
 * Apple Mail and many webmails break lines at 72 characters and mark each soft break with a
 * trailing space; shown as written, a paragraph keeps those breaks in any pane width, ragged in a
 * narrow one. Quoted lines keep their depth as {@code "> "} prefixes; the signature separator
 * {@code "-- "} and a line quoted deeper or shallower than the next always end a paragraph.
 */
public final class FlowedText {

    private FlowedText() {
    }

    /** @param delSp the {@code delsp=yes} parameter: the space before a soft break was added by the sender, drop it */
    public static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        int openDepth = -1; // quote depth of the paragraph being joined, or -1 when the last line ended hard
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            boolean last = end < 0;
            if (last) {
                end = n;
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int depth = 0;
            int i = start;
            while (i < lineEnd && text.charAt(i) == '>') {
                depth++;
                i++;
            }
            if (i < lineEnd && text.charAt(i) == ' ') {
                i++; // space-stuffing, or the space after the quote marks
            }
            String content = text.substring(i, lineEnd);
            if (openDepth >= 0 && openDepth != depth) {
                out.append('\n'); // a soft break into a different quote depth is a hard one (RFC 3676 4.5)
                openDepth = -1;
            }
            if (openDepth < 0 && depth > 0) {
                out.append(">".repeat(depth)).append(' ');
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (soft && delSp) {
                content = content.substring(0, content.length() - 1);
            }
            out.append(content);
            if (last) {
                break;
            }
            if (soft) {
                openDepth = depth;
            } else {
                out.append('\n');
                openDepth = -1;
            }
            start = end + 1;
        }
        return out.toString();
    }
}
