package io.jrtc.bench.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Simulation;
import io.jrtc.webrtc.internal.engine.AgentIceLayer;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.RemoteParameters;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Heap per idle connected transport engine with one open data channel (ICE, DTLS, SCTP, SRTP
 * contexts): connects N engine pairs in one simulation (virtual time), then compares used heap
 * after full GCs before and after. Prints figures, asserts nothing. The engines run over the ICE
 * session (TURN-capable, the default) or, with {@code agent}, over the plain ICE agent. Run:
 * {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.IdleEngineHeap [pairs] [session|agent]}.
 */
public final class IdleEngineHeap {
    private IdleEngineHeap() {}

    /** An engine as a simulation endpoint that remembers whether its channel is open. */
    private static final class Node implements Endpoint {
        final TransportEngine engine;
        Node peer;
        boolean open;

        Node(TransportEngine engine) {
            this.engine = engine;
        }

        @Override
        public void handleInput(long now, Datagram d) {
            engine.handleInput(now, IceDatagram.udp(d.destination(), d.source(), d.payload()));
            drain();
        }

        @Override
        public void handleTimeout(long now) {
            engine.handleTimeout(now);
            drain();
        }

        @Override
        public Datagram pollTransmit() {
            IceDatagram d = engine.pollTransmit();
            drain();
            return d == null ? null : new Datagram(d.local(), d.remote(), d.payload());
        }

        @Override
        public long pollTimeout() {
            return engine.pollTimeout();
        }

        void drain() {
            for (EngineEvent e = engine.pollEvent(); e != null; e = engine.pollEvent()) {
                if (e instanceof EngineEvent.LocalCandidate c) {
                    peer.engine.addRemoteCandidate(c.candidate());
                } else if (e instanceof EngineEvent.DataChannel dc && (dc.event() instanceof DataChannelEvent.Opened
                        || dc.event() instanceof DataChannelEvent.ChannelCreated)) {
                    open = true;
                }
            }
        }
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        boolean plainAgent = args.length > 1 && args[1].equals("agent");
        DtlsCertificate certificate = DtlsCertificate.generate();
        Simulation sim = Simulation.seeded(1);
        sim.maxSteps(Long.MAX_VALUE);
        sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(5)).build());
        Host left = sim.host("10.0.0.1");
        Host right = sim.host("10.0.0.2");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<Node[]> kept = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            Node a = new Node(engine(config(i, IceRole.CONTROLLING, certificate), plainAgent));
            Node b = new Node(engine(config(i + 1_000_000, IceRole.CONTROLLED, certificate), plainAgent));
            a.peer = b;
            b.peer = a;
            a.engine.addHostAddress(sim.bind(left, 10_000 + i, a));
            b.engine.addHostAddress(sim.bind(right, 10_000 + i, b));
            long now = sim.now();
            a.engine.start(now);
            b.engine.start(now);
            a.engine.setRemote(now, RemoteParameters.of(b.engine.localCredentials(), List.of(certificate.fingerprint()), DtlsRole.SERVER));
            b.engine.setRemote(now, RemoteParameters.of(a.engine.localCredentials(), List.of(certificate.fingerprint()), DtlsRole.CLIENT));
            a.engine.createDataChannel(now, "idle", DataChannelInit.DEFAULT);
            a.drain();
            b.drain();
            if (!sim.runUntil(() -> a.open && b.open, Duration.ofSeconds(30))) {
                throw new IllegalStateException("pair " + i + " did not open its channel: " + a.engine + " " + b.engine);
            }
            kept.add(new Node[] {a, b});
        }
        long elapsed = System.nanoTime() - start;
        sim.runFor(Duration.ofSeconds(10)); // idle: consent checks and heartbeats only
        long after = usedAfterGc(memory);
        System.out.printf("%d connected engines (%s) with an open data channel: %.1f KiB of heap per idle engine%n",
                2 * pairs, plainAgent ? "plain ICE agent" : "ICE session", (after - before) / (2.0 * pairs) / 1024);
        System.out.printf("connecting %d pairs in virtual time took %.0f ms of wall time (%.1f ms per pair)%n",
                pairs, elapsed / 1e6, elapsed / 1e6 / pairs);
        if (kept.size() != pairs) {
            throw new IllegalStateException();
        }
    }

    private static TransportEngine engine(EngineConfig config, boolean plainAgent) {
        return plainAgent ? new TransportEngine(config, new AgentIceLayer(config.ice())) : new TransportEngine(config);
    }

    private static EngineConfig config(long seed, IceRole role, DtlsCertificate certificate) {
        return EngineConfig.builder(IceConfig.builder().role(role).random(new Random(seed)).build(), certificate)
                .random(new Random(seed)).build();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
