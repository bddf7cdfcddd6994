package io.jrtc.testkit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A client host behind a NAT and three public servers, each with a {@link Mailbox} ({@code s1}
 * on two ports). The NAT tests send by hand and look at what arrived where.
 */
final class NatWorld {
    final Simulation sim = Simulation.seeded(7);
    final Host inside = sim.host("10.0.0.1");
    final Nat nat;
    final Mailbox client;
    final Mailbox s1;
    final Mailbox s1b;
    final Mailbox s2;
    final Mailbox s3;
    private final Map<Mailbox, InetSocketAddress> addresses = new IdentityHashMap<>();

    NatWorld(NatConfig config) {
        nat = sim.nat(config, "203.0.113.1", inside);
        Host h1 = sim.host("192.0.2.1");
        Host h2 = sim.host("192.0.2.2");
        Host h3 = sim.host("192.0.2.3");
        sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(5)).build());
        client = mailbox(inside, 5000);
        s1 = mailbox(h1, 3478);
        s1b = mailbox(h1, 4000);
        s2 = mailbox(h2, 3478);
        s3 = mailbox(h3, 3478);
    }

    NatWorld(NatType type) {
        this(NatConfig.of(type));
    }

    /** Sends and lets it arrive: two 5 ms hops at most. */
    void send(Mailbox from, InetSocketAddress to, String text) {
        from.send(to, text);
        sim.runFor(Duration.ofMillis(10));
    }

    /** Has the client send to {@code server}; returns the source address the server saw. */
    InetSocketAddress mappedBy(Mailbox server) {
        int before = server.inbox().size();
        send(client, address(server), "hello");
        if (server.inbox().size() != before + 1) {
            throw new AssertionError("the client's datagram did not reach " + server + "\n" + sim.status());
        }
        return server.lastSource();
    }

    /** Sends from {@code server} to {@code to}; returns whether the client received it. */
    boolean reaches(Mailbox server, InetSocketAddress to) {
        int before = client.inbox().size();
        send(server, to, "in");
        return client.inbox().size() == before + 1;
    }

    InetSocketAddress address(Mailbox box) {
        return addresses.get(box);
    }

    private Mailbox mailbox(Host host, int port) {
        Mailbox box = new Mailbox(host.address(port));
        addresses.put(box, sim.bind(host, port, box));
        return box;
    }
}
