package com.relaydesk.mail.mime;

import java.nio.charset.StandardCharsets;

/**
 * One header block of a message or body part, read straight from the message's bytes the way
 * Jakarta Mail's InternetHeaders reads it (the cache's contents were built that way, so a
 * re-sync must give the same fields): lines end at LF, CRLF or a bare CR; a line starting with
 * space or tab continues the header before it and is kept with a CRLF between; a line without
 * a colon is a header named by the whole line; the block ends at the first empty line. Values
 * are what follows the colon, leading white space skipped, folding kept.
 */
final class HeaderBlock {

    private String[] names = new String[12];
    private String[] lines = new String[12];
    private int count;
    /**
     * A continuation line before any header (a blank-looking first line, then a folded one):
     * Jakarta Mail failed on the whole block with an IndexOutOfBoundsException, and the parser
     * keeps its outcome (see {@link #JAKARTA_FAILURE}).
     */
    boolean continuationWithoutHeader;
    /** The message of the exception Jakarta Mail threw for such a block. */
    static final String JAKARTA_FAILURE = "Index -1 out of bounds for length 0";
    /** Where the content starts: just after the empty line that ends the block (or the end). */
    final int contentStart;

    private HeaderBlock(byte[] b, int from, int to, boolean utf8) {
        Lines in = new Lines(b, from, to);
        String prevLine = null;
        StringBuilder folded = null;
        boolean first = true;
        String line;
        do {
            line = in.next() ? in.string(utf8) : null;
            if (line != null && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (folded == null) {
                    folded = new StringBuilder();
                }
                if (prevLine != null) {
                    folded.append(prevLine);
                    prevLine = null;
                }
                if (first) {
                    String trimmed = line.trim();
                    if (!trimmed.isEmpty()) {
                        folded.append(trimmed);
                    }
                } else {
                    if (folded.length() > 0) {
                        folded.append("\r\n");
                    }
                    folded.append(line);
                }
            } else {
                if (prevLine != null) {
                    add(prevLine);
                } else if (folded != null && folded.length() > 0) {
                    add(folded.toString());
                    folded.setLength(0);
                }
                prevLine = line;
            }
            first = false;
        } while (line != null && !line.isEmpty());
        contentStart = in.pos;
    }

    /** Reads the block starting at {@code from}; {@code utf8} for a message's own headers, else Latin-1. */
    static HeaderBlock read(byte[] b, int from, int to, boolean utf8) {
        return new HeaderBlock(b, from, to, utf8);
    }

    private void add(String line) {
        if (line.isEmpty()) {
            return;
        }
        char c = line.charAt(0);
        if (c == ' ' || c == '\t') {
            if (count > 0) {
                lines[count - 1] = lines[count - 1] + "\r\n" + line;
            } else {
                continuationWithoutHeader = true;
            }
            return;
        }
        if (count == names.length) {
            names = java.util.Arrays.copyOf(names, count * 2);
            lines = java.util.Arrays.copyOf(lines, count * 2);
        }
        int colon = line.indexOf(':');
        names[count] = (colon < 0 ? line : line.substring(0, colon)).trim();
        lines[count] = line;
        count++;
    }

    int size() {
        return count;
    }

    String name(int i) {
        return names[i];
    }

    /** The value of header {@code i}: after the colon, leading spaces, tabs and line breaks skipped. */
    String value(int i) {
        String line = lines[i];
        int colon = line.indexOf(':');
        if (colon < 0) {
            return line;
        }
        int j = colon + 1;
        int n = line.length();
        while (j < n) {
            char c = line.charAt(j);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            j++;
        }
        return line.substring(j);
    }

    /** The value of the first header called {@code name} (any case), or null. */
    String first(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return value(i);
            }
        }
        return null;
    }

    /**
     * Lines of a byte range as Jakarta Mail's LineInputStream splits them: at LF, CRLF, CR CR LF
     * (one break) or a lone CR.
     */
    static final class Lines {
        private final byte[] b;
        private final int to;
        /** Where the next line starts. */
        int pos;
        /** The current line: [start, end). */
        int start;
        int end;

        Lines(byte[] b, int from, int to) {
            this.b = b;
            this.to = to;
            this.pos = from;
        }

        /** Moves to the next line; false at the end of the range. */
        boolean next() {
            int i = pos;
            if (i >= to) {
                return false;
            }
            byte[] b = this.b;
            int to = this.to;
            while (i < to) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            start = pos;
            end = i;
            if (i == to) {
                pos = to;
            } else if (b[i] == '\n') {
                pos = i + 1;
            } else {
                int j = i + 1;
                if (j < to && b[j] == '\r') {
                    j++;
                }
                // CR LF or CR CR LF end the line together; otherwise only the first CR does.
                pos = j < to && b[j] == '\n' ? j + 1 : i + 1;
            }
            return true;
        }

        int length() {
            return end - start;
        }

        String string(boolean utf8) {
            return utf8 ? new String(b, start, end - start, StandardCharsets.UTF_8)
                    : new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }
    }
}
