package com.relaydesk.mail.imap;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.util.MailLogger;

/**
 * Angus Mail's IMAP store, except that the plain {@code LOGIN} command sends a non-ASCII user name
 * or password as UTF-8. Angus writes LOGIN's strings one byte per char (Latin-1: "ä" becomes 0xE4,
 * and characters past U+00FF are mangled), while servers that accept such passwords — Dovecot,
 * and every server that implements RFC 6855 — read them as UTF-8, so a seller with "Grüße" in the
 * password was refused. Angus's {@code AUTHENTICATE PLAIN} and SMTP AUTH already use UTF-8; LOGIN
 * is what it falls back to when a server offers no AUTH=PLAIN.
 * It also keeps the server's greeting, which names the server software (see {@link #greeting()}).
 */
final class Utf8LoginStore extends IMAPStore {

    private volatile String greeting = "";

    Utf8LoginStore(Session session, boolean tls) {
        super(session, new URLName(tls ? "imaps" : "imap", null, -1, null, null, null), tls ? "imaps" : "imap", tls);
    }

    @Override
    protected IMAPProtocol newIMAPProtocol(String host, int port) throws IOException, ProtocolException {
        Utf8LoginProtocol p = new Utf8LoginProtocol(name, host, port, session.getProperties(), isSSL, logger);
        greeting = p.greetingText == null ? "" : p.greetingText;
        return p;
    }

    /** The text of the server's greeting ({@code * OK ... Dovecot ready.}), empty before connecting. */
    String greeting() {
        return greeting;
    }

    private static final class Utf8LoginProtocol extends IMAPProtocol {

        /** Set from the superclass constructor, hence no initializer (it would run afterwards and clear it). */
        private String greetingText;

        Utf8LoginProtocol(String name, String host, int port, Properties props, boolean isSSL, MailLogger logger)
                throws IOException, ProtocolException {
            super(name, host, port, props, isSSL, logger);
        }

        @Override
        protected void processGreeting(Response r) throws ProtocolException {
            greetingText = r.toString();
            super.processGreeting(r);
        }

        @Override
        public void login(String user, String password) throws ProtocolException {
            super.login(utf8Bytes(user), utf8Bytes(password));
        }

        /** A string whose chars are the UTF-8 bytes of {@code s}: Angus writes each char as one byte. */
        private static String utf8Bytes(String s) {
            return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
    }
}
