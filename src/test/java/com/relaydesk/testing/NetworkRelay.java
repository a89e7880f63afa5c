package com.relaydesk.testing;

import com.relaydesk.relay.EmbeddedRelay;
import com.relaydesk.relay.RunningRelay;
import com.relaydesk.relay.demo.DemoRelay;
import com.relaydesk.relay.tls.DemoServerCertificate;
import com.relaydesk.relay.tls.SubjectNames;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The demo relay as a classroom gets it: bound to an address of this machine that is not
 * loopback, serving IMAPS and SMTPS with the demo-server certificate kept in {@code folder}.
 */
public final class NetworkRelay implements AutoCloseable {

    public final String address;
    public final RunningRelay relay;
    public final DemoServerCertificate.Loaded certificate;

    private NetworkRelay(String address, RunningRelay relay, DemoServerCertificate.Loaded certificate) {
        this.address = address;
        this.relay = relay;
        this.certificate = certificate;
    }

    /** Starts on a non-loopback address; skips the test (saying why) only when this machine has none. */
    public static NetworkRelay start(Path certificateFolder) {
        return start(certificateFolder, 0, 0);
    }

    /** The same on these ports (0: a free one): a server restarted where students know it. */
    public static NetworkRelay start(Path certificateFolder, int imapPort, int smtpPort) {
        String address = nonLoopbackAddress().orElse(null);
        Assumptions.assumeTrue(address != null, "this machine has no network address other than loopback, so a "
                + "server on the network cannot be tried here");
        DemoServerCertificate.Loaded certificate = DemoServerCertificate.loadOrCreate(certificateFolder,
                SubjectNames.ofThisMachine(address), Instant.now());
        RunningRelay relay = EmbeddedRelay.start(DemoRelay.config(DemoRelay.DEFAULT_SEED, 0, Instant.now())
                .withPorts(imapPort, smtpPort).withBindAddress(address).withTls(certificate.identity()));
        return new NetworkRelay(address, relay, certificate);
    }

    /** An address of an interface that is up and not loopback, IPv4 first (what a trainer reads out). */
    public static Optional<String> nonLoopbackAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(NetworkRelay::upAndNotLoopback)
                    .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && bindable(a))
                    .sorted(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1))
                    .map(InetAddress::getHostAddress)
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean bindable(InetAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        relay.close();
    }
}
