package com.relaydesk.relay.tls;

import com.relaydesk.platform.CertificateNames;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The names a student may type to reach this computer: its host names and the addresses of its
 * network interfaces that are up (loopback left out: a student's "127.0.0.1" is their own machine).
 * The certificate names them all, so the host-name check passes whichever one the trainer gives.
 *
 * @param hostNames DNS names, lower case, first one the certificate's common name
 * @param addresses IP addresses
 */
public record SubjectNames(List<String> hostNames, List<InetAddress> addresses) {

    private static final Logger LOG = Logger.getLogger(SubjectNames.class.getName());

    public SubjectNames {
        hostNames = List.copyOf(hostNames);
        addresses = List.copyOf(addresses);
        if (hostNames.isEmpty() && addresses.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one name or address");
        }
    }

    /** This computer's names, plus {@code bindAddress} when it is one specific address or name. */
    public static SubjectNames ofThisMachine(String bindAddress) {
        Set<String> names = new LinkedHashSet<>();
        Set<InetAddress> addresses = new LinkedHashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            addName(names, local.getHostName());
            addName(names, local.getCanonicalHostName());
        } catch (UnknownHostException e) {
            LOG.log(Level.FINE, "this computer's host name does not resolve", e);
        }
        // Zeroconf (Avahi, Bonjour) answers <host>.local on most classroom networks without a DNS server.
        List.copyOf(names).stream().filter(n -> !n.contains(".")).forEach(n -> names.add(n + ".local"));
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLoopbackAddress())
                            .map(SubjectNames::withoutScope).forEach(addresses::add);
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "could not list the network interfaces", e);
        }
        if (bindAddress != null && !bindAddress.isBlank()) {
            try {
                InetAddress bound = InetAddress.getByName(bindAddress);
                if (!bound.isAnyLocalAddress() && !bound.isLoopbackAddress()) {
                    if (CertificateNames.isAddressLiteral(bindAddress)) {
                        addresses.add(withoutScope(bound));
                    } else {
                        addName(names, bindAddress);
                    }
                }
            } catch (UnknownHostException e) {
                LOG.log(Level.FINE, "the bind address does not resolve", e);
            }
        }
        return new SubjectNames(new ArrayList<>(names), new ArrayList<>(addresses));
    }

    /** The names of {@code current} this set lacks: a laptop in another room has new addresses. */
    public List<String> missing(SubjectNames current) {
        List<String> missing = new ArrayList<>();
        current.hostNames.stream().filter(n -> !hostNames.contains(n)).forEach(missing::add);
        current.addresses.stream().filter(a -> !addresses.contains(a)).map(InetAddress::getHostAddress)
                .forEach(missing::add);
        return missing;
    }

    /** The common name: a host name if there is one, else the first address. */
    String commonName() {
        return hostNames.isEmpty() ? addresses.get(0).getHostAddress() : hostNames.get(0);
    }

    /** For logs and the startup text: names, then addresses. */
    public List<String> all() {
        List<String> all = new ArrayList<>(hostNames);
        addresses.stream().map(InetAddress::getHostAddress).forEach(all::add);
        return all;
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank() && !CertificateNames.isAddressLiteral(name) && !name.equalsIgnoreCase("localhost")) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** fe80::1%eth0 names no address a certificate can hold; the scope is this machine's business. */
    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
