package com.relaydesk.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-made messages at the edges of MIME as mail clients and broken relays write it: each one
 * exercises a rule the byte-level parser copies from Jakarta Mail (line ends, folding, boundary
 * detection, parameters, encodings), so the differential test covers it on purpose, not by luck.
 */
final class OddMessages {

    private OddMessages() {
    }

    private static final String HEAD = "From: Buyer <b@marketplace.amazon.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
            + "Message-ID: <odd@x>\r\nSubject: odd\r\nMIME-Version: 1.0\r\n";

    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("bare CR line ends", latin1("From: a@b.c\rSubject: cr\rContent-Type: text/plain\r\rBody\rline\r"));
        m.put("CR CR LF line ends", latin1("From: a@b.c\r\r\nSubject: crcrlf\r\r\n\r\r\nBody\r\r\n"));
        m.put("CR CR then text", latin1("From: a@b.c\r\rSubject: after an empty line\r\n\r\nBody\r\n"));
        m.put("first line folded", latin1("  \r\n\tFrom: a@b.c\r\nSubject: s\r\n\r\nBody"));
        m.put("first line continuation with text", latin1(" From: a@b.c\r\n\tmore\r\nSubject: s\r\n\r\nBody"));
        m.put("line without colon", latin1("From: a@b.c\r\nNo colon here\r\nSubject: s\r\n\r\nBody"));
        m.put("space before colon", latin1("From : a@b.c\r\nSubject   :   spaced  \r\nContent-Type :text/plain\r\n\r\nBody"));
        m.put("folded subject and from", latin1("From: \"Long\r\n Name\" <a@b.c>\r\nSubject: one\r\n\ttwo\r\n  three\r\n\r\nBody"));
        m.put("duplicate headers", latin1("From: first@b.c\r\nFrom: second@b.c\r\nSubject: 1\r\nsubject: 2\r\n"
                + "Content-Type: text/html\r\nContent-Type: text/plain\r\n\r\n<p>Body</p>"));
        m.put("headers only", latin1("From: a@b.c\r\nSubject: no body"));
        m.put("headers then empty line only", latin1("From: a@b.c\r\nSubject: s\r\n\r\n"));
        m.put("no headers at all", latin1("\r\nJust a body\r\n"));
        m.put("8-bit latin-1 subject", latin1("From: a@b.c\r\nSubject: Gr\u00fc\u00dfe\r\n\r\nBody"));
        m.put("encoded-word subject unknown charset", latin1("From: a@b.c\r\nSubject: =?x-klingon?q?abc?=\r\n\r\nBody"));
        m.put("encoded-word broken", latin1("From: a@b.c\r\nSubject: =?utf-8?b?@@@?= x\r\n\r\nBody"));
        m.put("from unparseable", latin1("From: <<<>>> ,,, \"\r\nSubject: s\r\n\r\nBody"));
        m.put("from without address", latin1("From: Just A Name\r\nSubject: s\r\n\r\nBody"));
        m.put("from group", latin1("From: Team: a@b.c, d@e.f;\r\nTo: undisclosed-recipients:;\r\n\r\nBody"));
        m.put("date variants", latin1("From: a@b.c\r\nDate: 23 Nov 2026 10:00 GMT\r\n\r\nBody"));
        m.put("date empty", latin1("From: a@b.c\r\nDate:\r\n\r\nBody"));
        m.put("date garbage", latin1("From: a@b.c\r\nDate: 32 Foo 99999 99:99:99 +9999\r\n\r\nBody"));
        m.put("message-id without brackets", latin1("From: a@b.c\r\nMessage-ID: plain-id@x\r\nIn-Reply-To: junk\r\n"
                + "References: <a@x> junk <b@x>\r\n\t<c@x>\r\n\r\nBody"));
        m.put("content-type comment", latin1(HEAD + "Content-Type: text/plain (a comment); charset=utf-8\r\n\r\nBody"));
        m.put("content-type uppercase", latin1(HEAD + "Content-Type: TEXT/HTML; CHARSET=UTF-8\r\n\r\n<b>Body</b>"));
        m.put("format=flowed", latin1(HEAD + "Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
                + "Hello, the lamp arrived but the \r\nshade is cracked.\r\n>> an older \r\n>> line\r\n-- \r\nAnna\r\n"));
        m.put("format=flowed delsp quoted", latin1(HEAD + "Content-Type: text/plain; format=\"Flowed\"; DelSp=Yes\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nA long wo \r\nrd and = \r\n> quoted \r\nnot quoted\r\n"));
        m.put("content-type missing subtype", latin1(HEAD + "Content-Type: text\r\n\r\nBody"));
        m.put("content-type html broken", latin1(HEAD + "Content-Type: text/html; charset=\"utf-8\r\n\r\n<b>Body</b>"));
        m.put("content-type empty", latin1(HEAD + "Content-Type:\r\n\r\nBody"));
        m.put("content-type spaces in value", latin1(HEAD + "Content-Type: text/plain; name=my file.txt\r\n\r\nBody"));
        m.put("content-type trailing semicolon", latin1(HEAD + "Content-Type: text/plain; charset=utf-8;\r\n\r\nBody"));
        m.put("content-type double semicolon", latin1(HEAD + "Content-Type: text/plain;; charset=utf-8\r\n\r\nBody"));
        m.put("content-type folded params", latin1(HEAD + "Content-Type: multipart/mixed;\r\n\tboundary=\"fold\"\r\n\r\n"
                + "--fold\r\n\r\nA\r\n--fold--\r\n"));
        m.put("content-type escaped quote", latin1(HEAD + "Content-Type: application/pdf; name=\"a\\\"b.pdf\"\r\n\r\nPDF"));
        m.put("rfc 2231 filename", latin1(HEAD + "Content-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename*=utf-8''Gr%C3%BC%C3%9Fe.pdf\r\n\r\nPDF"));
        m.put("rfc 2231 continuation", latin1(HEAD + "Content-Type: application/pdf;\r\n name*0=\"long\"; name*1=\"-name.pdf\"\r\n\r\nPDF"));
        m.put("encoded-word filename", latin1(HEAD + "Content-Type: image/png; name=\"=?utf-8?b?R3LDvMOfZS5wbmc=?=\"\r\n\r\nPNG"));
        m.put("blank filename", latin1(HEAD + "Content-Type: application/pdf; name=\"  \"\r\n\r\nPDF"));
        m.put("disposition broken", latin1(HEAD + "Content-Type: application/pdf; name=a.pdf\r\n"
                + "Content-Disposition: ; filename=b.pdf\r\n\r\nPDF"));
        m.put("disposition attachment text", latin1(HEAD + "Content-Type: text/plain\r\nContent-Disposition: ATTACHMENT\r\n\r\nnotes"));
        m.put("disposition inline with filename", latin1(HEAD + "Content-Type: text/plain\r\n"
                + "Content-Disposition: inline; filename=notes.txt\r\n\r\nnotes"));
        m.put("uuencode", latin1(HEAD + "Content-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"
                + "begin 644 a.bin\r\n#86)C\r\n`\r\nend\r\n"));
        m.put("unknown encoding", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-rot13\r\n\r\nObql"));
        m.put("encoding with comment", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64 (yes)\r\n\r\nQm9keQ=="));
        m.put("encoding uppercase padded", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding:  QUOTED-PRINTABLE \r\n\r\nB=C3=BCdy=\r\n"));
        m.put("encoding empty", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: \r\n\r\nBody"));
        m.put("base64 broken", latin1(HEAD + "Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nQm9k=eQ==\r\n"));
        m.put("base64 truncated", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nQm9ke"));
        m.put("qp bad escapes", latin1(HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "a=ZZb=4 c= \r\nd=\n=e=3d=3D=\r\n=="));
        m.put("base64 message/rfc822", latin1(HEAD + "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "RnJvbTogYUBiLmMNCg0KaGk=\r\n"));
        m.put("qp message/rfc822 ignored", latin1(HEAD + "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: x-foo\r\n\r\n"
                + "From: a@b.c\r\n\r\nhi=20"));
        m.put("multipart without boundary parameter", latin1(HEAD + "Content-Type: multipart/mixed\r\n\r\npreamble\r\n"
                + "-----\r\n--guess\r\nContent-Type: text/plain\r\n\r\nA\r\n--guess\r\n\r\nB\r\n--guess--\r\n"));
        m.put("multipart dashes only", latin1(HEAD + "Content-Type: multipart/mixed\r\n\r\n------\r\n----\r\n\r\nA\r\n"));
        m.put("multipart close before start", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\n--b\r\n\r\nA\r\n"));
        m.put("multipart boundary with trailing space", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b \t\r\n\r\nA\r\n--b  \r\n\r\nB\r\n--b--junk\r\nepilogue"));
        m.put("multipart boundary prefix of text", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\n\r\nA\r\n--bb\r\nstill A\r\n--b-x\r\nstill\r\n--b\r\n\r\nB\r\n--b--"));
        m.put("multipart no close", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nA\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nB runs to the end\r\n"));
        m.put("multipart part without blank line", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nHello\r\n--b--\r\n"));
        m.put("multipart boundary at eof", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nA\r\n--b"));
        m.put("multipart empty part", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\n--b\r\n\r\nB\r\n--b--\r\n"));
        m.put("multipart LF and CR mixed", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\n\nA\r--b\r\r\nB\n\r\n--b--\n"));
        m.put("multipart boundary not after line break", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\n\r\nA --b\r\n--b--\r\n"));
        m.put("multipart quoted boundary with spaces", latin1(HEAD + "Content-Type: multipart/alternative; boundary=\"a b c\"\r\n\r\n"
                + "--a b c\r\nContent-Type: text/plain\r\n\r\nA\r\n--a b c\r\nContent-Type: text/html\r\n\r\n<p>B</p>\r\n--a b c--\r\n"));
        m.put("multipart non-latin boundary", ("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"\u20ac\"\r\n\r\n"
                + "--\u20ac\r\n\r\nA\r\n--\u20ac--\r\n").getBytes(StandardCharsets.UTF_8));
        m.put("multipart latin boundary", ("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=\"\u00e9\"\r\n\r\n"
                + "--\u00e9\r\n\r\nA\r\n--\u00e9--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        m.put("multipart encoded", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "--b\r\n\r\nA\r\n--b--\r\n"));
        m.put("multipart html only", latin1(HEAD + "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Only <b>HTML</b> &amp; more</p>\r\n--b--\r\n"));
        m.put("multipart two texts", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\n\r\nfirst\r\n--b\r\n\r\nsecond\r\n--b\r\nContent-Type: text/html\r\n\r\n<i>x</i>\r\n--b\r\n"
                + "Content-Type: text/html\r\n\r\n<i>y</i>\r\n--b--\r\n"));
        m.put("multipart part headers 8-bit", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: application/pdf; name=\"Gr\u00fc\u00dfe.pdf\"\r\n\r\nPDF\r\n--b--\r\n"));
        m.put("multipart part attachment without name", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: application/zip\r\n\r\nZIP\r\n--b\r\nContent-Type: image/gif\r\n\r\nGIF\r\n--b--\r\n"));
        m.put("multipart wrong charset part", latin1(HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nK\u00f6ln\r\n--b\r\n"
                + "Content-Type: text/plain; charset=utf-16\r\n\r\nabc\r\n--b--\r\n"));
        StringBuilder deep = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=d0\r\n\r\n");
        for (int i = 1; i <= 15; i++) {
            deep.append("--d").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=d").append(i).append("\r\n\r\n");
        }
        deep.append("--d15\r\n\r\ndeepest\r\n");
        m.put("nesting deeper than the limit", latin1(deep.toString()));
        return m;
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
