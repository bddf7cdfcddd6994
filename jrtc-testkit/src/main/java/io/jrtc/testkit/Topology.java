package io.jrtc.testkit;

import io.jrtc.testkit.internal.IpLiterals;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hosts, NATs, realms and the path links between nodes. Path links are created on first use
 * with the default conditions, so every path has counters even if the test never configured it.
 */
final class Topology {
    private record FacePair(Face from, Face to) {}

    private final VirtualClock clock;
    private final Realm internet = new Realm("the internet", null);
    private final Map<FacePair, Link> paths = new HashMap<>();
    private LinkConditions defaults = LinkConditions.PERFECT;

    Topology(VirtualClock clock) {
        this.clock = clock;
    }

    long now() {
        return clock.now();
    }

    Realm internet() {
        return internet;
    }

    Host newHost(Realm realm, String... addresses) {
        if (addresses.length == 0) {
            throw new IllegalArgumentException("a host needs at least one address");
        }
        List<InetAddress> parsed = new ArrayList<>();
        for (String text : addresses) {
            InetAddress address = IpLiterals.parse(text);
            if (parsed.contains(address)) {
                throw new IllegalArgumentException("address given twice: " + text);
            }
            parsed.add(address);
        }
        Host host = new Host(parsed, realm);
        checkFree(realm, parsed);
        parsed.forEach(address -> realm.add(address, host.face()));
        return host;
    }

    Nat newNat(Realm outer, NatConfig config, String publicAddress, Host... inside) {
        Objects.requireNonNull(config, "config");
        InetAddress address = IpLiterals.parse(publicAddress);
        checkFree(outer, List.of(address));
        Nat nat = new Nat(config, address, outer, this);
        outer.add(address, nat.outside());
        for (Host host : inside) {
            move(host, nat.privateRealm());
        }
        return nat;
    }

    /** Moves a host into another realm, e.g. behind a NAT created after it. */
    void move(Host host, Realm to) {
        Realm from = host.face().realm();
        if (from == to) {
            return;
        }
        checkFree(to, host.addresses());
        host.addresses().forEach(from::remove);
        host.addresses().forEach(address -> to.add(address, host.face()));
        host.face().realm(to);
    }

    /** The directed path link between two nodes that share a realm. */
    Link link(Node from, Node to) {
        for (Face a : faces(from)) {
            for (Face b : faces(to)) {
                if (a.realm() == b.realm() && a != b) {
                    return path(a, b);
                }
            }
        }
        throw new IllegalArgumentException(from + " and " + to + " are not on the same network ("
                + where(from) + " vs " + where(to) + "): link each to its NAT, or link the NATs, or"
                + " use a node's uplink()/downlink() for conditions on all its traffic");
    }

    /** The path link between two faces in one realm, created with the defaults on first use. */
    Link path(Face from, Face to) {
        return paths.computeIfAbsent(new FacePair(from, to),
                pair -> new Link(label(from) + " > " + label(to), defaults));
    }

    /** Sets the conditions of every path link not configured explicitly, now and later. */
    void defaults(LinkConditions conditions) {
        this.defaults = Objects.requireNonNull(conditions, "conditions");
        paths.values().forEach(link -> link.defaultConditions(conditions));
    }

    private static List<Face> faces(Node node) {
        return switch (node) {
            case Host h -> List.of(h.face());
            case Nat n -> List.of(n.outside(), n.inside());
        };
    }

    private static String where(Node node) {
        return switch (node) {
            case Host h -> h.face().realm().toString();
            case Nat n -> n.outside().realm() + " and " + n.privateRealm();
        };
    }

    private static String label(Face face) {
        return switch (face.node()) {
            case Host h -> IpLiterals.format(h.address());
            case Nat n -> face == n.inside() ? "nat " + IpLiterals.format(n.publicAddress()) + " (inside)"
                    : "nat " + IpLiterals.format(n.publicAddress());
        };
    }

    private static void checkFree(Realm realm, List<InetAddress> addresses) {
        addresses.forEach(realm::checkFree);
    }
}
