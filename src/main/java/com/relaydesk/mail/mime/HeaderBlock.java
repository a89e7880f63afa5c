package com.relaydesk.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One header block of a message or body part, read straight from the message's bytes the way
 * Jakarta Mail's InternetHeaders reads it (the cache's contents were built that way, so a
 * re-sync must give the same fields): lines end at LF, CRLF or a bare CR; a line starting with
 * space or tab continues the header before it and is kept with a CRLF between; a line without
 * a colon is a header named by the whole line; the block ends at the first empty line. Values
 * are what follows the colon, leading white space skipped, folding kept.
 */
final class HeaderBlock {

    private final byte[] b;
    private final boolean utf8;
    /** A header on one line is kept as its byte range; a folded one as the joined line. */
    private int[] starts = new int[12];
    private int[] ends = new int[12];
    /** For a one-line header: its name, trimmed, is [nameStarts, nameEnds); the colon (or the end) at colons. */
    private int[] nameStarts = new int[12];
    private int[] nameEnds = new int[12];
    private int[] colons = new int[12];
    private String[] joined = new String[12];
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
        this.b = b;
        this.utf8 = utf8;
        Lines in = new Lines(b, from, to);
        int prevStart = -1;  // the previous line, not yet added: [prevStart, prevEnd)
        int prevEnd = -1;
        StringBuilder folded = null;
        boolean first = true;
        boolean more;
        do {
            more = in.next();
            if (more && in.end > in.start && (b[in.start] == ' ' || b[in.start] == '\t')) {
                if (folded == null) {
                    folded = new StringBuilder();
                }
                if (prevStart >= 0) {
                    folded.append(string(prevStart, prevEnd));
                    prevStart = -1;
                }
                if (first) {
                    String trimmed = in.string(utf8).trim();
                    if (!trimmed.isEmpty()) {
                        folded.append(trimmed);
                    }
                } else {
                    if (folded.length() > 0) {
                        folded.append("\r\n");
                    }
                    folded.append(in.string(utf8));
                }
            } else {
                if (prevStart >= 0) {
                    if (prevEnd > prevStart) {
                        add(prevStart, prevEnd, null);
                    }
                } else if (folded != null && folded.length() > 0) {
                    addJoined(folded.toString());
                    folded.setLength(0);
                }
                prevStart = more ? in.start : -1;
                prevEnd = more ? in.end : -1;
            }
            first = false;
        } while (more && in.end > in.start);
        contentStart = in.pos;
    }

    /** Reads the block starting at {@code from}; {@code utf8} for a message's own headers, else Latin-1. */
    static HeaderBlock read(byte[] b, int from, int to, boolean utf8) {
        return new HeaderBlock(b, from, to, utf8);
    }

    private String string(int start, int end) {
        return new String(b, start, end - start, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** A header line joined from folded lines, as Jakarta's InternetHeaders.addHeaderLine takes it. */
    private void addJoined(String line) {
        char c = line.charAt(0);
        if (c == ' ' || c == '\t') {
            if (count == 0) {
                continuationWithoutHeader = true;
            } else {
                joined[count - 1] = line(count - 1) + "\r\n" + line;
            }
            return;
        }
        add(-1, -1, line);
    }

    private void add(int start, int end, String line) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            joined = java.util.Arrays.copyOf(joined, count * 2);
            nameStarts = java.util.Arrays.copyOf(nameStarts, count * 2);
            nameEnds = java.util.Arrays.copyOf(nameEnds, count * 2);
            colons = java.util.Arrays.copyOf(colons, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        joined[count] = line;
        if (line == null) {
            int colon = nameEnd(start, end);
            int s = start;
            int e = colon;
            while (s < e && (b[s] & 0xff) <= ' ') {
                s++;
            }
            while (e > s && (b[e - 1] & 0xff) <= ' ') {
                e--;
            }
            colons[count] = colon;
            nameStarts[count] = s;
            nameEnds[count] = e;
        }
        count++;
    }

    private String line(int i) {
        return joined[i] != null ? joined[i] : string(starts[i], ends[i]);
    }

    int size() {
        return count;
    }

    /** The name of header {@code i} (before the colon, trimmed) in lower case. */
    String lowerName(int i) {
        if (joined[i] != null) {
            return name(joined[i]).toLowerCase(Locale.ROOT);
        }
        int s = nameStarts[i];
        int e = nameEnds[i];
        for (int k = s; k < e; k++) {
            if (b[k] < 0) {
                return string(s, e).toLowerCase(Locale.ROOT);  // not ASCII: as Java lowers the decoded name
            }
        }
        byte[] lower = new byte[e - s];
        for (int k = s; k < e; k++) {
            byte c = b[k];
            lower[k - s] = c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
        }
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    private int nameEnd(int s, int e) {
        for (int k = s; k < e; k++) {
            if (b[k] == ':') {
                return k;
            }
        }
        return e;
    }

    private static String name(String line) {
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(0, colon)).trim();
    }

    /** The value of header {@code i}: after the colon, leading spaces, tabs and line breaks skipped. */
    String value(int i) {
        if (joined[i] != null) {
            return value(joined[i]);
        }
        int e = ends[i];
        int colon = colons[i];
        if (colon == e) {
            return string(starts[i], e);
        }
        int v = colon + 1;
        while (v < e && (b[v] == ' ' || b[v] == '\t')) {
            v++;
        }
        return string(v, e);
    }

    /** {@link #value} with white space and control characters trimmed from both ends, as String.trim does. */
    String trimmedValue(int i) {
        if (joined[i] != null) {
            return value(joined[i]).trim();
        }
        int e = ends[i];
        int colon = colons[i];
        int v = colon == e ? starts[i] : colon + 1;
        while (v < e && (b[v] & 0xff) <= ' ') {
            v++;
        }
        while (e > v && (b[e - 1] & 0xff) <= ' ') {
            e--;
        }
        return string(v, e);
    }

    private static String value(String line) {
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

    /** The value of the first header called {@code name} (ASCII, any case), or null. */
    String first(String name) {
        for (int i = 0; i < count; i++) {
            if (named(i, name)) {
                return value(i);
            }
        }
        return null;
    }

    private boolean named(int i, String name) {
        if (joined[i] != null) {
            return name(joined[i]).equalsIgnoreCase(name);
        }
        int s = nameStarts[i];
        int e = nameEnds[i];
        if (e - s != name.length()) {
            // A non-ASCII name could still equal it ignoring case (Kelvin sign and 'k'): decide as Java does.
            return hasNonAscii(s, e) && string(s, e).trim().equalsIgnoreCase(name);
        }
        for (int k = 0; k < e - s; k++) {
            int c = b[s + k];
            if (c < 0) {
                return string(s, e).trim().equalsIgnoreCase(name);
            }
            int d = name.charAt(k);
            int lower = c | 0x20;
            if (c != d && !(lower >= 'a' && lower <= 'z' && lower == (d | 0x20))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNonAscii(int s, int e) {
        for (int k = s; k < e; k++) {
            if (b[k] < 0) {
                return true;
            }
        }
        return false;
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
