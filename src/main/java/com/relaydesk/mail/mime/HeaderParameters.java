package com.relaydesk.mail.mime;

import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Locale;

/**
 * Content-Type and Content-Disposition values read into the few fields the parser needs. The
 * common shape — {@code type/subtype; name=token; name="quoted"} in ASCII — is read here;
 * anything else (comments, escapes, RFC 2231 {@code name*=} parameters, stray characters) goes
 * to Jakarta Mail's ContentType and ContentDisposition, so odd headers read exactly as before
 * and malformed ones fail the same way.
 */
final class HeaderParameters {

    /**
     * A parsed Content-Type: the base type in lower case and the parameters the parser uses;
     * {@code flowed} and {@code delSp} are RFC 3676's {@code format=flowed} and {@code delsp=yes}.
     */
    record Type(String base, String charset, String boundary, String name, boolean flowed, boolean delSp) {

        Type(String base) {
            this(base, null, null, null, false, false);
        }
    }

    /** A parsed Content-Disposition: the disposition as written and its file name, either may be null. */
    record Disposition(String disposition, String fileName) {
    }

    private static final boolean[] ATOM = new boolean[128];

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            ATOM[c] = "()<>@,;:\\\"[]/?=".indexOf(c) < 0;
        }
    }

    private HeaderParameters() {
    }

    /** Reads a Content-Type value; throws as Jakarta's ContentType does for a malformed one. */
    static Type contentType(String s) throws ParseException {
        Type fast = fastType(s);
        if (fast != null) {
            return fast;
        }
        ContentType ct = new ContentType(s);
        return new Type(ct.getBaseType().toLowerCase(Locale.ROOT), ct.getParameter("charset"),
                ct.getParameter("boundary"), ct.getParameter("name"), "flowed".equalsIgnoreCase(ct.getParameter("format")),
                "yes".equalsIgnoreCase(ct.getParameter("delsp")));
    }

    /** Reads a Content-Disposition value; throws as Jakarta's ContentDisposition does for a malformed one. */
    static Disposition disposition(String s) throws ParseException {
        Disposition fast = fastDisposition(s);
        if (fast != null) {
            return fast;
        }
        ContentDisposition cd = new ContentDisposition(s);
        return new Disposition(cd.getDisposition(), cd.getParameter("filename"));
    }

    private static Type fastType(String s) {
        int n = s.length();
        int i = skipSpace(s, 0);
        int e = atomEnd(s, i);
        if (e == i) {
            return null;
        }
        String primary = s.substring(i, e);
        i = skipSpace(s, e);
        if (i >= n || s.charAt(i) != '/') {
            return null;
        }
        i = skipSpace(s, i + 1);
        e = atomEnd(s, i);
        if (e == i) {
            return null;
        }
        String base = (primary + '/' + s.substring(i, e)).toLowerCase(Locale.ROOT);
        Params p = new Params();
        return p.read(s, e) ? new Type(base, p.charset, p.boundary, p.name, "flowed".equalsIgnoreCase(p.format),
                "yes".equalsIgnoreCase(p.delSp)) : null;
    }

    private static Disposition fastDisposition(String s) {
        int i = skipSpace(s, 0);
        int e = atomEnd(s, i);
        if (e == i) {
            return null;
        }
        Params p = new Params();
        return p.read(s, e) ? new Disposition(s.substring(i, e), p.fileName) : null;
    }

    /** The parameters after the type or disposition; later ones win, as in Jakarta's ParameterList. */
    private static final class Params {
        String charset;
        String boundary;
        String name;
        String fileName;
        String format;
        String delSp;

        /** False for anything outside the common shape, for Jakarta to read. */
        boolean read(String s, int i) {
            int n = s.length();
            while (true) {
                i = skipSpace(s, i);
                if (i >= n) {
                    return true;
                }
                if (s.charAt(i) != ';') {
                    return false;
                }
                i = skipSpace(s, i + 1);
                if (i >= n) {
                    return true;  // a trailing semicolon is tolerated
                }
                int e = atomEnd(s, i);
                if (e == i || e < n && s.charAt(e) == '*' || s.indexOf('*', i) >= 0 && s.indexOf('*', i) < e) {
                    return false;
                }
                int nameStart = i;
                int nameEnd = e;
                i = skipSpace(s, e);
                if (i >= n || s.charAt(i) != '=') {
                    return false;
                }
                i = skipSpace(s, i + 1);
                if (i >= n) {
                    return false;
                }
                String value;
                if (s.charAt(i) == '"') {
                    int close = i + 1;
                    while (close < n) {
                        char c = s.charAt(close);
                        if (c == '"') {
                            break;
                        }
                        if (c == '\\' || c == '\r') {
                            return false;  // escapes and folded quoted strings: Jakarta's job
                        }
                        close++;
                    }
                    if (close >= n) {
                        return false;
                    }
                    value = s.substring(i + 1, close);
                    i = close + 1;
                } else {
                    e = atomEnd(s, i);
                    if (e == i) {
                        return false;
                    }
                    value = s.substring(i, e);
                    i = e;
                }
                put(s, nameStart, nameEnd, value);
            }
        }

        private void put(String s, int start, int end, String value) {
            int len = end - start;
            if (len == 7 && s.regionMatches(true, start, "charset", 0, 7)) {
                charset = value;
            } else if (len == 8 && s.regionMatches(true, start, "boundary", 0, 8)) {
                boundary = value;
            } else if (len == 4 && s.regionMatches(true, start, "name", 0, 4)) {
                name = value;
            } else if (len == 8 && s.regionMatches(true, start, "filename", 0, 8)) {
                fileName = value;
            } else if (len == 6 && s.regionMatches(true, start, "format", 0, 6)) {
                format = value;
            } else if (len == 5 && s.regionMatches(true, start, "delsp", 0, 5)) {
                delSp = value;
            }
        }
    }

    private static int skipSpace(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            i++;
        }
        return i;
    }

    private static int atomEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || !ATOM[c]) {
                break;
            }
            i++;
        }
        return i;
    }
}
