package io.jrtc.bench.sctp;

import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.SctpEvent;
import io.jrtc.sctp.SendOptions;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;

/**
 * One reliable ordered stream from a to b over a simulated rate-limited link with a drop-tail
 * queue of one bandwidth-delay product: the deterministic goodput measurement of issue 5.
 */
final class SimulatedLink {
    /** Result of one run: simulated goodput and the wall-clock time the simulation took. */
    record Result(double goodputMbps, double wallSeconds, long retransmissions, long t3) {}

    private static final class Side implements Endpoint {
        final SctpAssociation assoc;
        final InetSocketAddress local;
        InetSocketAddress remote;
        Runnable after = () -> { };
        long received;

        Side(SctpConfig c, InetSocketAddress local) {
            this.assoc = new SctpAssociation(c);
            this.local = local;
        }

        @Override
        public void handleInput(long now, Datagram d) {
            assoc.handleInput(now, d.payload());
            drain();
        }

        @Override
        public void handleTimeout(long now) {
            assoc.handleTimeout(now);
            drain();
        }

        private void drain() {
            SctpEvent e;
            while ((e = assoc.pollEvent()) != null) {
                if (e instanceof SctpEvent.MessageReceived m) {
                    received += m.data().length;
                }
            }
            after.run();
        }

        @Override
        public Datagram pollTransmit() {
            byte[] p = assoc.pollTransmit();
            return p == null ? null : new Datagram(local, remote, p);
        }

        @Override
        public long pollTimeout() {
            return assoc.pollTimeout();
        }
    }

    private SimulatedLink() {}

    static Result run(long rateBps, int rttMillis, double loss, long bytes) {
        long bdp = rateBps / 8 * rttMillis / 1000;
        LinkConditions link = LinkConditions.builder().delay(Duration.ofMillis(rttMillis / 2)).rate(rateBps)
                .queueLimitBytes((int) Math.max(bdp, 64 * 1024)).queueLimitPackets(1_000_000).loss(loss).build();
        Simulation sim = Simulation.seeded(rttMillis);
        sim.maxSteps(Long.MAX_VALUE);
        Host ha = sim.host("10.0.0.1");
        Host hb = sim.host("10.0.0.2");
        sim.link(ha, hb, link);
        long window = Math.max(64L << 20, 4 * bdp);
        Side a = new Side(SctpConfig.builder().random(new Random(1)).receiveWindow(window).build(), ha.address(5000));
        Side b = new Side(SctpConfig.builder().random(new Random(2)).receiveWindow(window).build(), hb.address(5000));
        a.remote = b.local;
        b.remote = a.local;
        sim.bind(ha, 5000, a);
        sim.bind(hb, 5000, b);
        a.assoc.connect(0);
        b.assoc.connect(0);
        sim.runUntil(() -> a.assoc.state() == io.jrtc.sctp.SctpState.ESTABLISHED
                && b.assoc.state() == io.jrtc.sctp.SctpState.ESTABLISHED, Duration.ofSeconds(10));
        byte[] message = new byte[64 * 1024];
        long[] sent = {0};
        a.after = () -> {
            while (sent[0] < bytes && a.assoc.bufferedAmount() < (8 << 20)) {
                a.assoc.send(sim.now(), 1, 53, message, SendOptions.RELIABLE);
                sent[0] += message.length;
            }
        };
        long wall = System.nanoTime();
        long start = sim.now();
        a.after.run();
        sim.runUntil(() -> b.received >= bytes, Duration.ofHours(1));
        double seconds = (sim.now() - start) / 1e9;
        var s = a.assoc.stats();
        return new Result(b.received * 8 / seconds / 1e6, (System.nanoTime() - wall) / 1e9, s.retransmissions(), s.t3Expirations());
    }
}
