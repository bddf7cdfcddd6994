package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import io.jrtc.testkit.internal.NatTable;
import java.net.InetAddress;
import java.util.List;

/**
 * A NAT box: a public address on the outside, a private realm of hosts on the inside. Datagrams
 * from inside get their source rewritten to a mapped public address; datagrams to the public
 * address are let in, or not, as its {@link NatConfig} says. Create with
 * {@link Simulation#nat(NatType, String, Host...)}; nest one inside another (carrier-grade NAT)
 * with {@link #nat(NatType, String, Host...)}.
 */
public final class Nat implements Node {
    private final NatConfig config;
    private final InetAddress publicAddress;
    private final Topology topology;
    private final Link uplink;
    private final Link downlink;
    private final Face outside;
    private final Face inside;
    private final Realm privateRealm;
    private final NatTable table;

    Nat(NatConfig config, InetAddress publicAddress, Realm outer, Topology topology) {
        this.config = config;
        this.publicAddress = publicAddress;
        this.topology = topology;
        String label = "nat " + IpLiterals.format(publicAddress);
        this.uplink = new Link(label + " uplink", LinkConditions.PERFECT);
        this.downlink = new Link(label + " downlink", LinkConditions.PERFECT);
        this.outside = new Face(this, label, outer, uplink, downlink);
        this.inside = new Face(this, label + " (inside)", null, null, null);
        this.privateRealm = new Realm("the network behind " + label, this);
        this.inside.realm(privateRealm);
        this.table = new NatTable(config, publicAddress);
    }

    /** The public address. */
    public InetAddress publicAddress() {
        return publicAddress;
    }

    /** The behaviour. */
    public NatConfig config() {
        return config;
    }

    /** The live mappings at the current virtual time, by external port. */
    public List<NatMapping> mappings() {
        return table.snapshot(topology.now());
    }

    /** Forgets all mappings, as a reboot would. */
    public void clearMappings() {
        table.clear();
    }

    /** Creates a host with the given addresses behind this NAT. */
    public Host host(String... addresses) {
        return topology.newHost(privateRealm, addresses);
    }

    /** Creates a NAT behind this one (e.g. a home router behind carrier-grade NAT). */
    public Nat nat(NatType type, String publicAddress, Host... inside) {
        return nat(NatConfig.of(type), publicAddress, inside);
    }

    /** Creates a NAT behind this one, with the given configuration. */
    public Nat nat(NatConfig config, String publicAddress, Host... inside) {
        return topology.newNat(privateRealm, config, publicAddress, inside);
    }

    @Override
    public Link uplink() {
        return uplink;
    }

    @Override
    public Link downlink() {
        return downlink;
    }

    Face outside() {
        return outside;
    }

    Face inside() {
        return inside;
    }

    Realm privateRealm() {
        return privateRealm;
    }

    NatTable table() {
        return table;
    }

    /** {@code nat 203.0.113.1 (PORT_RESTRICTED)}. */
    @Override
    public String toString() {
        NatType type = config.type();
        String kind = type != null ? type.name() : config.mapping() + " mapping, " + config.filtering() + " filtering";
        return outside + " (" + kind + ")";
    }
}
