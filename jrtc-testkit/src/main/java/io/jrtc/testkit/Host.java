package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated machine with one or more IP addresses (IPv4 and IPv6 may be mixed) where endpoints
 * bind to ports. Create with {@link Simulation#host(String...)}, or {@link Nat#host(String...)}
 * for a host behind a NAT.
 */
public final class Host implements Node {
    private static final int FIRST_EPHEMERAL_PORT = 32768;

    private final List<InetAddress> addresses;
    private final Face face;
    private final Link uplink;
    private final Link downlink;
    private final Map<InetSocketAddress, Endpoint> bindings = new LinkedHashMap<>();
    private int nextEphemeral = FIRST_EPHEMERAL_PORT;

    Host(List<InetAddress> addresses, Realm realm) {
        this.addresses = List.copyOf(addresses);
        String label = "host " + IpLiterals.format(addresses.get(0));
        this.uplink = new Link(label + " uplink", LinkConditions.PERFECT);
        this.downlink = new Link(label + " downlink", LinkConditions.PERFECT);
        this.face = new Face(this, label, realm, uplink, downlink);
    }

    /** All addresses, the primary first. */
    public List<InetAddress> addresses() {
        return addresses;
    }

    /** The primary (first) address. */
    public InetAddress address() {
        return addresses.get(0);
    }

    /** The primary address with a port: handy for giving an endpoint its own address. */
    public InetSocketAddress address(int port) {
        return new InetSocketAddress(address(), port);
    }

    /** The NAT this host sits behind, if any. */
    public Optional<Nat> nat() {
        return Optional.ofNullable(face.realm().owner());
    }

    /** Addresses with a bound endpoint, in binding order. */
    public List<InetSocketAddress> boundAddresses() {
        return new ArrayList<>(bindings.keySet());
    }

    @Override
    public Link uplink() {
        return uplink;
    }

    @Override
    public Link downlink() {
        return downlink;
    }

    Face face() {
        return face;
    }

    boolean owns(InetAddress address) {
        return addresses.contains(address);
    }

    Endpoint endpointAt(InetSocketAddress address) {
        return bindings.get(address);
    }

    /** Binds, choosing a free ephemeral port if the port is 0; returns the bound address. */
    InetSocketAddress bind(InetSocketAddress local, Endpoint endpoint) {
        if (!owns(local.getAddress())) {
            throw new IllegalArgumentException(this + " has no address " + IpLiterals.format(local.getAddress())
                    + "; its addresses: " + addresses.stream().map(IpLiterals::format).toList());
        }
        InetSocketAddress address = local.getPort() == 0 ? freePort(local.getAddress()) : local;
        if (bindings.containsKey(address)) {
            throw new IllegalStateException(IpLiterals.format(address) + " on " + this
                    + " is already bound to " + bindings.get(address));
        }
        bindings.put(address, endpoint);
        return address;
    }

    void unbind(InetSocketAddress address) {
        bindings.remove(address);
    }

    private InetSocketAddress freePort(InetAddress ip) {
        for (int tries = 0; tries <= 65535 - FIRST_EPHEMERAL_PORT; tries++) {
            InetSocketAddress candidate = new InetSocketAddress(ip, nextEphemeral);
            nextEphemeral = nextEphemeral == 65535 ? FIRST_EPHEMERAL_PORT : nextEphemeral + 1;
            if (!bindings.containsKey(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free ephemeral port on " + this);
    }

    /** {@code host 10.0.0.1}. */
    @Override
    public String toString() {
        return face.toString();
    }
}
