package io.jrtc.testkit;

import java.time.Duration;

/**
 * Two public hosts, a → b over one configured link, with a {@link PacketSink} on b: the bench on
 * which the impairment tests measure a link.
 */
final class Rig {
    final Simulation sim;
    final Host a;
    final Host b;
    final PacketSink sink;

    private Rig(long seed, LinkConditions aToB) {
        sim = Simulation.seeded(seed);
        a = sim.host("192.0.2.1");
        b = sim.host("198.51.100.1");
        sim.link(a, b).setConditions(aToB);
        sink = new PacketSink(b.address(9000));
        sim.bind(b, 9000, sink);
    }

    static Rig of(long seed, LinkConditions aToB) {
        return new Rig(seed, aToB);
    }

    /** Sends {@code count} datagrams from a, then runs until the network is quiet. */
    PacketSource send(int count, Duration interval, int size) {
        PacketSource source = new PacketSource(a.address(7000), b.address(9000), count, interval, size, sim.now());
        sim.bind(a, 7000, source);
        sim.runFor(interval.multipliedBy(count).plusSeconds(30));
        return source;
    }

    LinkStats stats() {
        return sim.link(a, b).stats();
    }
}
