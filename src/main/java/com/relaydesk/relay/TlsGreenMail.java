package com.relaydesk.relay;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * GreenMail serving IMAPS and SMTPS with our own key. GreenMail's own TLS takes its key from
 * system properties once per JVM (a singleton factory), so a second relay — or a test with another
 * certificate — in the same process would still serve the first key; these servers take theirs
 * from the {@link TlsIdentity} they are given.
 */
final class TlsGreenMail extends GreenMail {

    private static final Logger LOG = Logger.getLogger(TlsGreenMail.class.getName());

    private final SSLServerSocketFactory sockets;

    TlsGreenMail(ServerSetup[] setups, TlsIdentity identity) {
        super(setups);
        this.sockets = serverSockets(identity);
    }

    /** The running server of a protocol ("imaps", "smtps"); GreenMail's getters would cast to its own classes. */
    AbstractServer server(String protocol) {
        return services.get(protocol);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> servers = new HashMap<>();
        for (ServerSetup setup : setups) {
            switch (setup.getProtocol()) {
                case ServerSetup.PROTOCOL_IMAPS -> servers.put(setup.getProtocol(), new Imaps(setup, managers, this));
                case ServerSetup.PROTOCOL_SMTPS -> servers.put(setup.getProtocol(), new Smtps(setup, managers, this));
                default -> throw new IllegalArgumentException("only imaps and smtps, not " + setup.getProtocol());
            }
        }
        return servers;
    }

    private static SSLServerSocketFactory serverSockets(TlsIdentity identity) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity.keyStore(), identity.keyPassword());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context.getServerSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the relay's TLS key could not be used: " + e.getMessage(), e);
        }
    }

    /** Binds like GreenMail does (reuse address, the setup's port, a free one for 0), over TLS. */
    private ServerSocket open(ServerSetup setup, java.net.InetAddress bindTo) throws IOException {
        ServerSocket socket = sockets.createServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindTo, setup.getPort()));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A student's client that refuses the certificate (until they trust it) closes the connection
     * mid-handshake; GreenMail's handler then throws from its thread, a stack trace in the
     * trainer's console for what is the client doing its job. Logged quietly instead.
     */
    private static final class QuietWhenRefused implements ProtocolHandler {
        private final ProtocolHandler handler;

        QuietWhenRefused(ProtocolHandler handler) {
            this.handler = handler;
        }

        @Override
        public void run() {
            try {
                handler.run();
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof IOException)) {
                    throw e;
                }
                LOG.log(Level.FINE, "a client closed its TLS connection (certificate not trusted yet?)", e);
            }
        }

        @Override
        public void close() {
            handler.close();
        }
    }

    /** GreenMail's ImapServer is final; this is the same server with our TLS socket. */
    private static final class Imaps extends AbstractServer {
        private final TlsGreenMail owner;

        Imaps(ServerSetup setup, Managers managers, TlsGreenMail owner) {
            super(setup, managers);
            this.owner = owner;
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            return new QuietWhenRefused(new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), client));
        }

        @Override
        protected ServerSocket openServerSocket() throws IOException {
            ServerSocket socket = owner.open(setup, bindTo);
            setup = setup.port(socket.getLocalPort());
            return socket;
        }
    }

    private static final class Smtps extends SmtpServer {
        private final TlsGreenMail owner;

        Smtps(ServerSetup setup, Managers managers, TlsGreenMail owner) {
            super(setup, managers);
            this.owner = owner;
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            return new QuietWhenRefused(super.createProtocolHandler(client));
        }

        @Override
        protected ServerSocket openServerSocket() throws IOException {
            ServerSocket socket = owner.open(setup, bindTo);
            setup = setup.port(socket.getLocalPort());
            return socket;
        }
    }
}
