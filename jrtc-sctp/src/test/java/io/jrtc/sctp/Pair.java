package io.jrtc.sctp;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.time.Duration;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Two associations on a simulated link; both connect at once, as WebRTC peers do. */
final class Pair {
    final Simulation sim;
    final Peer a;
    Peer b;
    final Host ha;
    final Host hb;

    Pair(long seed, LinkConditions conditions) {
        this(seed, conditions, c -> c);
    }

    Pair(long seed, LinkConditions conditions, UnaryOperator<SctpConfig.Builder> tune) {
        sim = Simulation.seeded(seed);
        ha = sim.host("10.0.0.1");
        hb = sim.host("10.0.0.2");
        sim.link(ha, hb, conditions);
        a = new Peer("a", tune.apply(SctpConfig.builder().random(new Random(seed))).build(), ha.address(5000));
        b = new Peer("b", tune.apply(SctpConfig.builder().random(new Random(seed + 1))).build(), hb.address(5000));
        a.remote = b.local;
        b.remote = a.local;
        sim.bind(ha, 5000, a);
        sim.bind(hb, 5000, b);
        sim.maxSteps(Long.MAX_VALUE);
    }

    /** Replaces b by a peer built elsewhere with another configuration (at b's address). */
    Pair withB(Peer other) {
        Peer nb = new Peer("b", other.assoc.config, b.local);
        sim.unbind(b);
        nb.remote = a.local;
        sim.bind(hb, b.local, nb);
        b = nb;
        return this;
    }

    /** Connects both sides (simultaneous open) and runs until both report Connected. */
    Pair connect() {
        a.assoc.connect(sim.now());
        b.assoc.connect(sim.now());
        if (!sim.runUntil(() -> a.connected() && b.connected(), Duration.ofSeconds(30))) {
            throw new AssertionError("no connection: " + a.assoc.state() + " / " + b.assoc.state());
        }
        return this;
    }

    static LinkConditions delay(int millis) {
        return LinkConditions.builder().delay(Duration.ofMillis(millis)).build();
    }
}
