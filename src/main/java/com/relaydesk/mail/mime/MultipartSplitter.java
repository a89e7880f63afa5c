package com.relaydesk.mail.mime;

/**
 * Finds the body parts of a multipart's content by scanning its bytes for the boundary, with
 * the leniency of Jakarta Mail's MimeMultipart (whose results the cache holds): the preamble is
 * skipped line by line; without a boundary parameter the first "--" line that is not all
 * dashes is taken as the boundary; a delimiter counts at the start of a part's content or right
 * after CR or LF, followed by optional spaces or tabs and a line break; "--" after it closes the
 * multipart whatever follows; a missing close delimiter ends the last part at the end of the
 * content; a part whose header block runs to the end is dropped.
 */
final class MultipartSplitter {

    /** Thrown when no delimiter starts the multipart; the message is Jakarta's, for the damage note. */
    static final class NoStartBoundary extends Exception {
        NoStartBoundary() {
            super("Missing start boundary", null, false, false);
        }
    }

    private MultipartSplitter() {
    }

    /**
     * The parts of the content {@code [from, to)} as pairs of offsets (start, end) in
     * {@code out}, each part's header block included.
     */
    static void split(byte[] b, int from, int to, String boundaryParameter, IntList out) throws NoStartBoundary {
        byte[] bnd = null;
        if (boundaryParameter != null) {
            bnd = latin1("--" + boundaryParameter);
            if (bnd == null) {
                throw new NoStartBoundary();  // no Latin-1 line can equal it
            }
        }
        HeaderBlock.Lines lines = new HeaderBlock.Lines(b, from, to);
        boolean started = false;
        while (lines.next()) {
            int s = lines.start;
            int e = lines.end;
            while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
                e--;
            }
            int len = e - s;
            if (bnd != null) {
                if (len == bnd.length && regionEquals(b, s, bnd)) {
                    started = true;
                    break;
                }
                if (len == bnd.length + 2 && regionEquals(b, s, bnd) && b[e - 1] == '-' && b[e - 2] == '-') {
                    break;  // the close delimiter before any part
                }
            } else if (len > 2 && b[s] == '-' && b[s + 1] == '-' && !(len > 4 && allDashes(b, s, e))) {
                bnd = java.util.Arrays.copyOfRange(b, s, e);
                started = true;
                break;
            }
        }
        if (!started || bnd == null) {
            throw new NoStartBoundary();
        }
        int pos = lines.pos;
        int bl = bnd.length;
        int[] skip = skipTable(bnd);
        while (true) {
            int start = pos;
            // Skip the part's header block.
            HeaderBlock.Lines headers = new HeaderBlock.Lines(b, pos, to);
            boolean headerEnd = false;
            while (headers.next()) {
                if (headers.length() == 0) {
                    headerEnd = true;
                    break;
                }
            }
            if (!headerEnd) {
                return;  // no content: the part is dropped, as Jakarta does
            }
            int p0 = headers.pos;
            int p = p0;
            int last = to - bl;  // the last place a whole delimiter fits
            int end = -1;
            int next = -1;
            boolean close = false;
            while (p <= last) {
                p = indexOf(b, bnd, p, last, skip);
                if (p < 0) {
                    break;
                }
                if (p == p0 || b[p - 1] == '\n' || b[p - 1] == '\r') {
                    int eol = 0;
                    if (p != p0) {
                        eol = 1;
                        if (b[p - 1] == '\n' && p - 2 >= p0 && b[p - 2] == '\r') {
                            eol = 2;
                        }
                    }
                    int q = p + bl;
                    int c = q < to ? b[q++] : -1;
                    if (c == '-') {
                        if ((q < to ? b[q++] : -1) == '-') {
                            end = p - eol;
                            close = true;
                            break;
                        }
                    }
                    while (c == ' ' || c == '\t') {
                        c = q < to ? b[q++] : -1;
                    }
                    if (c == '\n') {
                        end = p - eol;
                        next = q;
                        break;
                    }
                    if (c == '\r') {
                        if (q < to && b[q] == '\n') {
                            q++;
                        }
                        end = p - eol;
                        next = q;
                        break;
                    }
                }
                p++;
            }
            if (end < 0) {
                out.add(start, to);  // no close delimiter: the part runs to the end
                return;
            }
            out.add(start, end);
            if (close) {
                return;
            }
            pos = next;
        }
    }

    /** Boyer-Moore-Horspool shifts: how far the window may move when its last byte is c. */
    private static int[] skipTable(byte[] pattern) {
        int m = pattern.length;
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, m);
        for (int i = 0; i < m - 1; i++) {
            skip[pattern[i] & 0xff] = m - 1 - i;
        }
        return skip;
    }

    /** The first place at or after {@code from} (and at most {@code last}) where {@code pattern} occurs, or -1. */
    private static int indexOf(byte[] b, byte[] pattern, int from, int last, int[] skip) {
        int m1 = pattern.length - 1;
        byte lastByte = pattern[m1];
        byte firstByte = pattern[0];
        int p = from;
        while (p <= last) {
            byte c = b[p + m1];
            if (c == lastByte && b[p] == firstByte && regionEquals(b, p, pattern)) {
                return p;
            }
            p += skip[c & 0xff];
        }
        return -1;
    }

    private static boolean regionEquals(byte[] b, int at, byte[] what) {
        for (int i = what.length - 1; i >= 0; i--) {
            if (b[at + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDashes(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != '-') {
                return false;
            }
        }
        return true;
    }

    /** Jakarta compares a boundary with Latin-1 lines; a character beyond Latin-1 never matches. */
    private static byte[] latin1(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                return null;
            }
            out[i] = (byte) c;
        }
        return out;
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] a = new int[8];
        int size;

        void add(int x, int y) {
            if (size + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = x;
            a[size++] = y;
        }
    }
}
