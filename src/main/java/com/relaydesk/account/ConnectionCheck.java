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
import com.relaydesk.platform.CertificatePem;
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

    /** DNS, TCP and (for implicit TLS) the certificate; STARTTLS is checked by the login step. */
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
        if (endpoint.security() == Security.TLS) {
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
        try (SSLSocket socket = (SSLSocket) trust.socketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // checks the host name against the certificate
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            steps.add(new Step(protocol + " certificate", true, "valid for " + endpoint.host() + " ("
                    + socket.getSession().getProtocol() + ")"));
            return true;
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
                    : "The secure connection failed (" + e.getMessage() + "). If the server expects STARTTLS on this "
                    + "port, choose STARTTLS."));
            return false;
        } catch (IOException e) {
            steps.add(new Step(protocol + " certificate", false, "The secure connection failed (" + e.getMessage()
                    + "). If the server expects STARTTLS on this port, choose STARTTLS."));
            return false;
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
                : trustedOneFor(endpoint.host(), trusted) ? CertificateProblem.Kind.CHANGED
                : CertificateProblem.Kind.UNTRUSTED;
        return new CertificateProblem(kind, endpoint.host(), endpoint.port(), chain.get(0));
    }

    /** Whether the user trusted a certificate for this server before (another one, as it was refused). */
    private static boolean trustedOneFor(String host, Path trusted) {
        if (trusted == null) {
            return false;
        }
        try {
            return CertificatePem.read(trusted).stream().anyMatch(c -> CertificateProblem.namesHost(c, host));
        } catch (IOException | CertificateException e) {
            return false; // ServerTrust.of read it a moment ago; a file gone since is no earlier trust to speak of
        }
    }
}
