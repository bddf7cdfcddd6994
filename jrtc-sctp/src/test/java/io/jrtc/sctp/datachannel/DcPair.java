package io.jrtc.sctp.datachannel;

import io.jrtc.sctp.SctpConfig;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.time.Duration;
import java.util.Random;

/** Two data channel endpoints: a is the DTLS client (even ids), b the server (odd ids). */
final class DcPair {
    final Simulation sim;
    final DcPeer a;
    final DcPeer b;
    final Host hb;

    DcPair(long seed, LinkConditions link, long maxBuffered) {
        this(seed, link, maxBuffered, SctpConfig.builder());
    }

    /** With both associations configured from {@code config} (each with its own seeded random). */
    DcPair(long seed, LinkConditions link, long maxBuffered, SctpConfig.Builder config) {
        sim = Simulation.seeded(seed);
        Host ha = sim.host("10.0.0.1");
        hb = sim.host("10.0.0.2");
        sim.link(ha, hb, link);
        a = new DcPeer(config.random(new Random(seed)).build(), true, ha.address(5000), maxBuffered);
        b = new DcPeer(config.random(new Random(seed + 1)).build(), false, hb.address(5000), maxBuffered);
        a.remote = b.local;
        b.remote = a.local;
        sim.bind(ha, 5000, a);
        sim.bind(hb, 5000, b);
        sim.maxSteps(Long.MAX_VALUE);
    }

    DcPair(long seed) {
        this(seed, link10ms(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT);
    }

    static LinkConditions link10ms() {
        return LinkConditions.builder().delay(Duration.ofMillis(10)).build();
    }

    DcPair connect() {
        a.dc.association().connect(sim.now());
        b.dc.association().connect(sim.now());
        run(() -> a.dc.association().state() == io.jrtc.sctp.SctpState.ESTABLISHED
                && b.dc.association().state() == io.jrtc.sctp.SctpState.ESTABLISHED);
        return this;
    }

    void run(java.util.function.BooleanSupplier until) {
        if (!sim.runUntil(until, Duration.ofMinutes(2))) {
            throw new AssertionError("condition not reached; a: " + a.events.size() + " events, b: " + b.events.size());
        }
    }

    /** The channel b learned of through DCEP for a's stream id. */
    DataChannel remoteOf(DataChannel ch) {
        return b.all(DataChannelEvent.ChannelCreated.class).stream().map(DataChannelEvent.ChannelCreated::channel)
                .filter(c -> c.id() == ch.id()).findFirst().orElse(null);
    }
}
