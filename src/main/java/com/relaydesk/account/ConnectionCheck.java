package com.relaydesk.account;

import com.relaydesk.mail.Security;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * "Test connection": walks the steps a connection takes — name lookup, TCP, TLS with the
 * certificate and host name checked — and says at which step it failed and what to do. Login
 * and folders are checked by the caller's {@link Login} once the transport is known to work.
 */
public final class ConnectionCheck {

    private static final int TIMEOUT_MS = 10_000;

    /** One step's outcome, in words a seller understands. */
    public record Step(String name, boolean passed, String detail) { }

    /** Logs in and lists folders; throws with a user-facing message when it cannot. */
    @FunctionalInterface
    public interface Login {
        String check(AccountSettings settings, char[] password) throws Exception;
    }

    private ConnectionCheck() {
    }

    public static List<Step> run(AccountSettings settings, char[] password, Login login) {
        List<Step> steps = new ArrayList<>();
        if (!transport("IMAP", settings.imap(), steps) || !transport("SMTP", settings.smtp(), steps)) {
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
    static boolean transport(String protocol, ServerEndpoint endpoint, List<Step> steps) {
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
            return certificate(protocol, endpoint, steps);
        }
        return true;
    }

    private static boolean certificate(String protocol, ServerEndpoint endpoint, List<Step> steps) {
        try (SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket()) {
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
}
