package com.relaydesk.account;

import com.relaydesk.mail.Security;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.ServerTrust;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * "Test connection": walks the steps a connection takes — name lookup, TCP, TLS with the
 * certificate and host name checked — and says at which step it failed and what to do. Login
 * and folders are checked by the caller's {@link Login} once the transport is known to work.
 */
public final class ConnectionCheck {

    private static final int TIMEOUT_MS = 10_000;

    /**
     * One step's outcome, in words a seller understands.
     *
     * @param certificate the refused server certificate when this step failed on it, else null
     */
    public record Step(String name, boolean passed, String detail, CertificateProblem certificate) {

        public Step(String name, boolean passed, String detail) {
            this(name, passed, detail, null);
        }
    }

    /** Logs in and lists folders; throws with a user-facing message when it cannot. */
    @FunctionalInterface
    public interface Login {
        String check(AccountSettings settings, char[] password) throws Exception;
    }

    private ConnectionCheck() {
    }

    public static List<Step> run(AccountSettings settings, char[] password, Login login) {
        List<Step> steps = new ArrayList<>();
        Path trusted = settings.trustedCertificate();
        if (!transport("IMAP", settings.imap(), trusted, steps) || !transport("SMTP", settings.smtp(), trusted, steps)) {
            return steps;
        }
        try {
            steps.add(new Step("Login and folders", true, login.check(settings, password)));
        } catch (Exception e) {
            steps.add(new Step("Login and folders", false, e.getMessage()));
        }
        return steps;
    }

    /** DNS, TCP and, for TLS and STARTTLS, the certificate. */
    static boolean transport(String protocol, ServerEndpoint endpoint, Path trusted, List<Step> steps) {
        InetAddress address;
        try {
            address = InetAddress.getByName(endpoint.host());
            steps.add(new Step(protocol + " server name", true, endpoint.host() + " is " + address.getHostAddress()));
        } catch (UnknownHostException e) {
            steps.add(new Step(protocol + " server name", false, "The name " + endpoint.host() + " could not be found. "
                    + "Check the spelling, or your internet connection."));
            return false;
        }
        if (endpoint.security() == Security.PLAIN && !address.isLoopbackAddress()) {
            steps.add(new Step(protocol + " encryption", false, "RelayDesk connects to other machines only with TLS "
                    + "or STARTTLS, so the password and your buyers' messages stay private. Choose TLS."));
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, endpoint.port()), TIMEOUT_MS);
            steps.add(new Step(protocol + " connection", true, "port " + endpoint.port() + " answers"));
        } catch (SocketTimeoutException e) {
            steps.add(new Step(protocol + " connection", false, "No answer from port " + endpoint.port()
                    + " within 10 s. A firewall may block it; check the port number."));
            return false;
        } catch (IOException e) {
            steps.add(new Step(protocol + " connection", false, "Port " + endpoint.port() + " refused the connection ("
                    + e.getMessage() + "). Check the port number."));
            return false;
        }
        if (endpoint.security() != Security.PLAIN) {
            return certificate(protocol, endpoint, trusted, steps);
        }
        return true;
    }

    /** The TLS handshake with the same trust as the mail connections: the authorities plus the trusted file. */
    private static boolean certificate(String protocol, ServerEndpoint endpoint, Path trusted, List<Step> steps) {
        ServerTrust trust;
        try {
            trust = ServerTrust.of(trusted);
        } catch (MailException e) {
            steps.add(new Step(protocol + " certificate", false, e.getMessage()));
            return false;
        }
        boolean startTls = endpoint.security() == Security.STARTTLS;
        String otherChoice = startTls ? "If this is the server's TLS port, choose TLS."
                : "If the server expects STARTTLS on this port, choose STARTTLS.";
        try (SSLSocket socket = secureSocket(protocol, endpoint, trust)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // checks the host name against the certificate
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            steps.add(new Step(protocol + " certificate", true, "valid for " + endpoint.host() + " ("
                    + socket.getSession().getProtocol() + (startTls ? " after STARTTLS" : "") + ")"));
            return true;
        } catch (StartTls.NotOffered e) {
            steps.add(new Step(protocol + " certificate", false, "The server on port " + endpoint.port()
                    + " did not agree to STARTTLS (" + e.getMessage() + "), so RelayDesk would not send the password. "
                    + otherChoice));
            return false;
        } catch (SSLHandshakeException e) {
            CertificateProblem refused = refused(endpoint, trusted, trust);
            if (refused != null) {
                steps.add(new Step(protocol + " certificate", false, CertificateAdvice.explain(refused), refused));
                return false;
            }
            boolean certificateProblem = e.getCause() instanceof CertificateException
                    || String.valueOf(e.getMessage()).contains("certificat");
            steps.add(new Step(protocol + " certificate", false, certificateProblem
                    ? "The server's certificate is not valid for " + endpoint.host() + " or not signed by a trusted "
                    + "authority. Check the server name; never connect to a server you cannot verify."
                    : "The secure connection failed (" + e.getMessage() + "). " + otherChoice));
            return false;
        } catch (IOException e) {
            steps.add(new Step(protocol + " certificate", false, "The secure connection failed (" + e.getMessage()
                    + "). " + otherChoice));
            return false;
        }
    }

    /**
     * A TLS socket to the server, not yet shaken hands: on a TLS port at once; for STARTTLS over the
     * plain connection once the server agreed, so the certificate is seen in the same handshake.
     */
    private static SSLSocket secureSocket(String protocol, ServerEndpoint endpoint, ServerTrust trust) throws IOException {
        InetSocketAddress address = new InetSocketAddress(endpoint.host(), endpoint.port());
        if (endpoint.security() == Security.TLS) {
            SSLSocket socket = (SSLSocket) trust.socketFactory().createSocket();
            try {
                socket.connect(address, TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }
        Socket plain = new Socket();
        try {
            plain.connect(address, TIMEOUT_MS);
            plain.setSoTimeout(TIMEOUT_MS);
            StartTls.negotiate(protocol, plain);
            return (SSLSocket) trust.socketFactory().createSocket(plain, endpoint.host(), endpoint.port(), true);
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * What went wrong with the certificate the server presented, or null when it presented none
     * (the handshake failed before, e.g. a plain server on this port).
     */
    private static CertificateProblem refused(ServerEndpoint endpoint, Path trusted, ServerTrust trust) {
        List<X509Certificate> chain = trust.presented();
        if (chain.isEmpty()) {
            return null;
        }
        CertificateProblem.Kind kind = trust.accepted() ? CertificateProblem.Kind.NOT_FOR_THIS_HOST
                : TrustedCertificates.hasOneFor(trusted, endpoint.host(), endpoint.port()) ? CertificateProblem.Kind.CHANGED
                : CertificateProblem.Kind.UNTRUSTED;
        return new CertificateProblem(kind, endpoint.host(), endpoint.port(), chain.get(0));
    }
}
