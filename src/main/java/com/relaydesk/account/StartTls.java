package com.relaydesk.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Speaks IMAP or SMTP on a plain connection up to the server's go-ahead for STARTTLS, so that
 * "Test connection" can do the TLS handshake itself and see the certificate the server presents,
 * as it does on an implicit TLS port. Reads byte by byte: nothing of the handshake that follows
 * may end up in a buffer.
 */
final class StartTls {

    /** The server answered, but not with a go-ahead for STARTTLS. */
    static final class NotOffered extends IOException {
        private static final long serialVersionUID = 1L;

        NotOffered(String answer) {
            super(answer);
        }
    }

    private static final int LONGEST_LINE = 8192;

    private StartTls() {
    }

    /** @param protocol "IMAP" or "SMTP" */
    static void negotiate(String protocol, Socket plain) throws IOException {
        InputStream in = plain.getInputStream();
        OutputStream out = plain.getOutputStream();
        if (protocol.equals("SMTP")) {
            expect(reply(in), "220");
            send(out, "EHLO relaydesk");
            expect(reply(in), "250");
            send(out, "STARTTLS");
            expect(reply(in), "220");
        } else {
            expect(line(in), "* OK");
            send(out, "a1 STARTTLS");
            String answer = line(in);
            while (answer.startsWith("* ")) {  // a CAPABILITY the server volunteers
                answer = line(in);
            }
            expect(answer, "a1 OK");
        }
    }

    private static void expect(String answer, String start) throws NotOffered {
        if (!answer.regionMatches(true, 0, start, 0, start.length())) {
            throw new NotOffered(answer.isEmpty() ? "no answer" : "the server said \u201c" + answer + "\u201d");
        }
    }

    private static void send(OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** An SMTP reply of one or more lines ("250-…" continues, "250 …" ends); returns its last line. */
    private static String reply(InputStream in) throws IOException {
        String line = line(in);
        while (line.length() > 3 && line.charAt(3) == '-') {
            line = line(in);
        }
        return line;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() < LONGEST_LINE && b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
