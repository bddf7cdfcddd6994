package io.jrtc.bench.webrtc;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCPeerConnection;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two {@link RTCPeerConnection}s in one JVM on 127.0.0.1, through the W3C API: the time from
 * {@code new RTCPeerConnection} on both sides to the data channel open on both (offer/answer,
 * trickle ICE, DTLS with ECDSA certificates made once beforehand as browsers reuse theirs, SCTP,
 * DCEP), median of N after 20 warm-up setups and again on a warm JVM (after
 * {@code -Dbench.warmSetups}, default 3,000, more); then the heap per idle connected pair-half with one open
 * channel (used heap after full GCs, before and after connecting M pairs). Prints figures, asserts
 * nothing. Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.PeerConnectionSetupTime [runs] [pairs]}.
 */
public final class PeerConnectionSetupTime {
    private static final JrtcSettings LOOPBACK = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();

    /** Setups run before the warm figure (see main). */
    private static final int WARM_SETUPS = Integer.getInteger("bench.warmSetups", 3000);

    private PeerConnectionSetupTime() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        RTCConfiguration config = RTCConfiguration.builder().certificates(List.of(RTCCertificate.generate())).build();
        int setups = 0;
        for (int i = 0; i < 20; i++, setups++) {
            close(connect(config)); // warm-up
        }
        measure("after 20 warm-up setups (the JIT is still compiling)", config, runs, false);
        setups += runs;
        // A server's JVM runs this path thousands of times. On two cores the compiler threads still
        // spend about 5 ms of CPU per setup after 500 setups and about 2 ms after 3,000 (measured
        // from /proc per thread on 2026-12-02), taking that CPU from the two peers; hence the default.
        for (int i = 0; i < WARM_SETUPS; i++, setups++) {
            close(connect(config));
        }
        measure("warm JVM, after " + setups + " setups", config, runs, true);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<RTCPeerConnection[]> live = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            live.add(connect(config));
        }
        long after = usedAfterGc(memory);
        System.out.printf("heap per idle connected RTCPeerConnection with one open channel (%d pairs): %.1f KB%n",
                pairs, (after - before) / 1024.0 / (2.0 * pairs));
        live.forEach(PeerConnectionSetupTime::close);
    }

    private static void measure(String label, RTCConfiguration config, int runs, boolean phasesToo) throws Exception {
        long[] nanos = new long[runs];
        long[][] phases = new long[PHASES.length][runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long[] marks = new long[PHASES.length];
            RTCPeerConnection[] p = connect(config, marks);
            nanos[i] = System.nanoTime() - start;
            long previous = start;
            for (int k = 0; k < PHASES.length; k++) {
                long at = Math.max(previous, marks[k] == 0 ? previous : marks[k]);
                phases[k][i] = at - previous;
                previous = at;
            }
            close(p);
        }
        Arrays.sort(nanos);
        System.out.printf("RTCPeerConnection setup to data channel open, %s, %d runs: median %.2f ms, p10 %.2f ms, p90 %.2f ms%n",
                label, runs, nanos[runs / 2] / 1e6, nanos[runs / 10] / 1e6, nanos[runs * 9 / 10] / 1e6);
        if (!phasesToo) {
            return;
        }
        System.out.println("where it goes (median of each phase, ms; phases end at the event named):");
        for (int k = 0; k < PHASES.length; k++) {
            Arrays.sort(phases[k]);
            System.out.printf("  %-44s %6.2f%n", PHASES[k], phases[k][runs / 2] / 1e6);
        }
    }

    private static final String[] PHASES = {"both constructed", "offer set locally (a)",
        "offer applied, answer set (b), answer applied (a)", "ICE connected (a)", "DTLS connected (a connectionState)",
        "channel open (a)", "channel announced (b datachannel)"};

    private static RTCPeerConnection[] connect(RTCConfiguration config) throws Exception {
        return connect(config, new long[PHASES.length]);
    }

    /** Connects a pair; returns once the channel is open on both sides, with when each phase ended in marks. */
    private static RTCPeerConnection[] connect(RTCConfiguration config, long[] marks) throws Exception {
        RTCPeerConnection a = new RTCPeerConnection(config, LOOPBACK);
        RTCPeerConnection b = new RTCPeerConnection(config, LOOPBACK);
        marks[0] = System.nanoTime();
        a.onIceConnectionStateChange(s -> {
            if (s == io.jrtc.webrtc.RTCIceConnectionState.CONNECTED && marks[3] == 0) {
                marks[3] = System.nanoTime();
            }
        });
        a.onConnectionStateChange(s -> {
            if (s == io.jrtc.webrtc.RTCPeerConnectionState.CONNECTED && marks[4] == 0) {
                marks[4] = System.nanoTime();
            }
        });
        CompletableFuture<Void> bHasOffer = new CompletableFuture<>();
        CompletableFuture<Void> aHasAnswer = new CompletableFuture<>();
        a.onIceCandidate(c -> {
            if (c != null) {
                bHasOffer.thenCompose(v -> b.addIceCandidate(c));
            }
        });
        b.onIceCandidate(c -> {
            if (c != null) {
                aHasAnswer.thenCompose(v -> a.addIceCandidate(c));
            }
        });
        CompletableFuture<Void> farOpen = new CompletableFuture<>();
        b.onDataChannel(ch -> {
            marks[6] = System.nanoTime();
            farOpen.complete(null);
        });
        RTCDataChannel ch = a.createDataChannel("setup");
        CompletableFuture<Void> open = new CompletableFuture<>();
        ch.onOpen(() -> {
            marks[5] = System.nanoTime();
            open.complete(null);
        });
        a.setLocalDescription().join();
        marks[1] = System.nanoTime();
        b.setRemoteDescription(a.localDescription().orElseThrow()).join();
        bHasOffer.complete(null);
        b.setLocalDescription().join();
        a.setRemoteDescription(b.localDescription().orElseThrow()).join();
        aHasAnswer.complete(null);
        marks[2] = System.nanoTime();
        open.get(30, TimeUnit.SECONDS);
        farOpen.get(30, TimeUnit.SECONDS);
        return new RTCPeerConnection[] {a, b};
    }

    private static void close(RTCPeerConnection[] p) {
        p[0].close();
        p[1].close();
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
