package io.jrtc.interop.node;

import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./jrtc bench interop}: the same workload, on 127.0.0.1, for a jrtc pair, a node-datachannel
 * pair and a werift pair (each pair in one process): setup time (both connections created until
 * the data channel is open at both ends; median of 20 after 5 uncounted ones; jrtc's again after
 * 3,000 more on a warm JVM (as PeerConnectionSetupTime), the figure its ratios use; setups that waited for a retransmission
 * timer are counted, and the median of the others given) and goodput (one reliable ordered channel,
 * 64 KiB binary messages for 10 s, the sender keeping at most 1 MiB buffered and refilling at
 * bufferedamountlow = 256 KiB; bytes received divided by the time, and the process's CPU time per MiB
 * received, a figure the machine's load disturbs less). Prints the figures and jrtc's
 * ratio to each; asserts nothing. Two jrtc rows: "jrtc" runs the defaults (Path MTU discovery on),
 * "jrtc (pmtud off)" sets {@code JrtcSettings.pathMtuDiscovery(false)} (1,200-byte SCTP packets).
 * Args: [runs] [seconds]; {@code -Dbench.jrtcOnly=true} stops after the default jrtc row's figures
 * (to profile it), {@code -Dbench.pmtudOffOnly=true} measures only the "pmtud off" row.
 */
public final class InteropBench {
    private static final int SIZE = 64 * 1024;
    private static final long HIGH = 1L << 20;
    private static final long LOW = 256 * 1024;
    /** Uncounted setups before the measured ones, for every stack alike. */
    private static final int WARMUP = 5;
    /**
     * Further uncounted jrtc setups before jrtc's warm figure: a JVM that has made five connections
     * is still compiling this path (see PeerConnectionSetupTime), a server's JVM has made thousands.
     */
    private static final int JIT_WARMUP = Integer.getInteger("bench.jitWarmup", 3000);
    /** A setup this long lost a packet to a retransmission timer (DTLS and SCTP start at 1 s). */
    private static final double RETRANSMITTED_MS = 500;

    private InteropBench() {}

    record Figures(String stack, double setupMinMs, double setupMedianMs, double setupMaxMs, int setupsRetransmitted,
            int setups, double unretransmittedMedianMs, double goodputBytesPerSec, double cpuMsPerMiB) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        NodePeer.requireInstalled();
        System.out.printf(Locale.ROOT, "jrtc bench interop: median of %d setups (after %d uncounted), %d s of 64 KiB messages per stack; load before: %s%n",
                runs, WARMUP, seconds, load());
        Figures jrtc = null;
        if (!Boolean.getBoolean("bench.pmtudOffOnly")) { // for profiling the "pmtud off" row alone
            jrtc = jrtcPair("jrtc", JrtcSettings.builder().loopbackOnly(true).ipv6(false).build(), runs, seconds, true);
            print(jrtc);
            if (Boolean.getBoolean("bench.jrtcOnly")) { // for profiling jrtc alone
                return;
            }
        }
        // the same workload with Path MTU discovery (RFC 8899, on by default) switched off
        Figures off = jrtcPair("jrtc (pmtud off)", JrtcSettings.builder().loopbackOnly(true).ipv6(false).pathMtuDiscovery(false).build(),
                runs, seconds, jrtc == null);
        print(off);
        if (jrtc == null) {
            return;
        }
        Figures ndc;
        Figures werift;
        try (Coturn coturn = Coturn.start(null)) {
            ndc = nodePair("node-datachannel", coturn, runs, seconds);
            print(ndc);
            werift = nodePair("werift", coturn, runs, seconds);
            print(werift);
        }
        for (Figures mine : new Figures[] {jrtc, off}) {
            for (Figures other : new Figures[] {ndc, werift}) {
                System.out.printf(Locale.ROOT, "%-16s / %-16s goodput x%.2f, CPU per MiB x%.2f, setup time x%.2f (below 1 is faster; x%.2f of the setups without a retransmission)%n",
                        mine.stack, other.stack, mine.goodputBytesPerSec / other.goodputBytesPerSec,
                        mine.cpuMsPerMiB / other.cpuMsPerMiB, mine.setupMedianMs / other.setupMedianMs,
                        mine.unretransmittedMedianMs / other.unretransmittedMedianMs);
            }
        }
        System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }

    private static void print(Figures f) {
        System.out.printf(Locale.ROOT, "%-16s setup median %8.1f ms (min %.1f, max %.1f; %d of %d over %.0f ms, median of the others %.1f ms)   goodput %8.1f Mbit/s (%.1f MiB/s, %.0f ms CPU per MiB)%n",
                f.stack, f.setupMedianMs, f.setupMinMs, f.setupMaxMs, f.setupsRetransmitted, f.setups, RETRANSMITTED_MS,
                f.unretransmittedMedianMs, f.goodputBytesPerSec * 8 / 1e6, f.goodputBytesPerSec / (1 << 20), f.cpuMsPerMiB);
    }

    private static Figures figures(String stack, double[] sortedSetupMs, double goodput, double cpuMsPerMiB) {
        int n = sortedSetupMs.length;
        double median = n % 2 == 1 ? sortedSetupMs[n / 2] : (sortedSetupMs[n / 2 - 1] + sortedSetupMs[n / 2]) / 2;
        double[] fast = Arrays.stream(sortedSetupMs).filter(ms -> ms <= RETRANSMITTED_MS).toArray();
        double fastMedian = fast.length == 0 ? Double.NaN
                : fast.length % 2 == 1 ? fast[fast.length / 2] : (fast[fast.length / 2 - 1] + fast[fast.length / 2]) / 2;
        return new Figures(stack, sortedSetupMs[0], median, sortedSetupMs[n - 1], n - fast.length, n, fastMedian, goodput,
                cpuMsPerMiB);
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "(unknown)";
        }
    }

    // ---- a Node pair: bench-pair.mjs does the same workload and prints one JSON line

    private static Figures nodePair(String stack, Coturn coturn, int runs, int seconds) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        try (NodePeer p = NodePeer.start(line -> { }, "bench-pair.mjs", stack,
                String.valueOf(coturn.address.getPort()), String.valueOf(runs), String.valueOf(seconds),
                String.valueOf(SIZE), String.valueOf(WARMUP))) {
            String line = p.awaitEvent("\"goodputBytesPerSec\"", runs * 30L + seconds + 60, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("\"setupMs\":\\[([^\\]]*)]").matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("no setupMs in " + line);
            }
            double[] all = Arrays.stream(m.group(1).split(",")).mapToDouble(Double::parseDouble).sorted().toArray();
            return figures(stack, all, number(line, "goodputBytesPerSec"), number(line, "cpuMsPerMiB"));
        }
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    // ---- the jrtc pair: two RTCPeerConnections in this JVM, signaling through JrtcSide

    private record Pair(RTCPeerConnection a, RTCPeerConnection b, RTCDataChannel local, RTCDataChannel remote,
            double ms) implements AutoCloseable {
        @Override
        public void close() {
            a.close();
            b.close();
        }
    }

    /**
     * Signaling in this process, as the Node pairs do it: each side applies the other's messages
     * in order by chaining them, without a thread of its own (the Node scripts chain promises).
     */
    private static final class InOrder {
        private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

        synchronized void then(java.util.function.Supplier<CompletableFuture<Void>> next) {
            last = last.thenCompose(v -> next.get());
        }
    }

    private static Pair connect(JrtcSettings settings) throws Exception {
        long start = System.nanoTime();
        RTCPeerConnection a = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
        RTCPeerConnection b = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
        if (Boolean.getBoolean("bench.trace")) { // where the setup time goes
            a.onIceConnectionStateChange(st -> trace(start, "a ice " + st));
            b.onIceConnectionStateChange(st -> trace(start, "b ice " + st));
            a.onConnectionStateChange(st -> trace(start, "a pc " + st));
            b.onConnectionStateChange(st -> trace(start, "b pc " + st));
            a.onIceGatheringStateChange(st -> trace(start, "a gathering " + st));
        }
        JrtcSide[] sides = new JrtcSide[2];
        InOrder toA = new InOrder();
        InOrder toB = new InOrder();
        sides[0] = new JrtcSide(a, line -> toB.then(() -> sides[1].receiveAsync(line)));
        sides[1] = new JrtcSide(b, line -> toA.then(() -> sides[0].receiveAsync(line)));
        CompletableFuture<RTCDataChannel> remote = new CompletableFuture<>();
        b.onDataChannel(ch -> {
            if (ch.readyState() == RTCDataChannelState.OPEN) {
                remote.complete(ch);
            } else {
                ch.onOpen(() -> remote.complete(ch));
            }
        });
        RTCDataChannel local = a.createDataChannel("bench");
        CompletableFuture<Void> localOpen = new CompletableFuture<>();
        local.onOpen(() -> localOpen.complete(null));
        if (local.readyState() == RTCDataChannelState.OPEN) {
            localOpen.complete(null);
        }
        a.setLocalDescription().thenRun(sides[0]::sendOffer);
        RTCDataChannel r = remote.get(30, TimeUnit.SECONDS);
        localOpen.get(30, TimeUnit.SECONDS);
        double ms = (System.nanoTime() - start) / 1e6;
        if (Boolean.getBoolean("bench.trace")) {
            trace(start, "both open");
        }
        return new Pair(a, b, local, r, ms);
    }

    /** Times {@code runs} setups; sorted, in ms. */
    private static double[] setups(JrtcSettings settings, int runs) throws Exception {
        double[] setup = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (Pair p = connect(settings)) {
                setup[i] = p.ms;
            }
        }
        Arrays.sort(setup);
        return setup;
    }

    /** CPU time of this JVM (all threads, user and system): comparable with Node's process.cpuUsage(). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void trace(long start, String what) {
        System.out.printf(Locale.ROOT, "%8.1f ms %s%n", (System.nanoTime() - start) / 1e6, what);
    }

    private static Figures jrtcPair(String label, JrtcSettings settings, int runs, int seconds, boolean freshJvm)
            throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            connect(settings).close();
        }
        if (freshJvm) { // this JVM's first connections: the figure a short-lived process sees
            double[] fresh = setups(settings, runs);
            Figures f = figures(label, fresh, 0, 0);
            System.out.printf(Locale.ROOT, "%-16s setup median %8.1f ms (min %.1f, max %.1f) on a fresh JVM (after %d setups); warming up with %d more%n",
                    label, f.setupMedianMs, f.setupMinMs, f.setupMaxMs, WARMUP, JIT_WARMUP);
            for (int i = 0; i < JIT_WARMUP; i++) {
                connect(settings).close();
            }
        }
        double[] setup = setups(settings, runs);
        try (Pair p = connect(settings)) {
            AtomicLong received = new AtomicLong();
            p.remote.onMessage(m -> received.addAndGet(m.isText() ? m.text().length() : m.binary().length));
            Semaphore low = new Semaphore(0);
            p.local.bufferedAmountLowThreshold(LOW);
            p.local.onBufferedAmountLow(low::release);
            byte[] payload = new byte[SIZE];
            Arrays.fill(payload, (byte) 0x5a);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                while (p.local.bufferedAmount() < HIGH) {
                    p.local.send(payload);
                }
                // Refill at bufferedamountlow, or after 5 ms at the latest (as the Node script polls).
                low.tryAcquire(5, TimeUnit.MILLISECONDS);
            }
            long got = received.get();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (processCpuNanos() - cpu0) / 1e6;
            return figures(label, setup, got / elapsed, cpuMs / (got / (double) (1 << 20)));
        }
    }
}
