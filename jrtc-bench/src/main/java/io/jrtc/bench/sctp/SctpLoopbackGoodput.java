package io.jrtc.bench.sctp;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.datachannel.DataChannels;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real goodput of one reliable ordered SCTP stream (64 KiB messages) between two jrtc endpoints in
 * one JVM over real UDP sockets on 127.0.0.1, next to a raw UDP blast of 1200-byte datagrams
 * measured in the same run (the physical limit of the machine). Four figures:
 * <ul>
 *   <li>raw UDP: one thread sends 1200-byte datagrams, another receives them;
 *   <li>SCTP plain: 1200-byte SCTP packets directly in UDP (no encryption);
 *   <li>SCTP over DTLS (RFC 8261): AES-GCM records in 1200-byte datagrams (1163-byte SCTP packets),
 *       zero checksums (RFC 9653) negotiated as WebRTC stacks do over DTLS;
 *   <li>data channel over DTLS: the same, written through the data-channel layer (DCEP-opened
 *       channel, {@code DataChannel.send}).
 * </ul>
 * Each side is driven by one platform thread polling its non-blocking, connected socket (the raw
 * blast's sender is connected too). Every figure is the median of {@code rounds} measurements of
 * {@code seconds} each (after a one-second warm-up for SCTP); the rounds interleave the four kinds.
 * With {@code -Dbench.stats=true} each run also prints thread CPU time per delivered packet, and
 * the goodput that the sending thread's CPU cost alone would allow on a core of its own.
 * Prints figures, asserts nothing.
 * Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.sctp.SctpLoopbackGoodput [seconds] [rounds] [which]}
 * where {@code which} is a comma list of raw, plain, dtls, dc (default all).
 */
public final class SctpLoopbackGoodput {
    private static final int DATAGRAM = 1200;
    /** DTLS 1.2 AES-GCM record overhead: 13-byte header, 8-byte explicit nonce, 16-byte tag. */
    private static final int DTLS_OVERHEAD = 13 + 8 + 16;

    private SctpLoopbackGoodput() {}

    private enum Kind { PLAIN, DTLS, DC }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<String> which = Arrays.asList((args.length > 2 ? args[2] : "raw,plain,dtls,dc").split(","));
        DtlsCertificate clientCert = DtlsCertificate.generate();
        DtlsCertificate serverCert = DtlsCertificate.generate();
        String[] names = {"raw", "plain", "dtls", "dc"};
        String[] labels = {"raw UDP blast, 1200-byte datagrams", "SCTP plain, 1200-byte packets",
                "SCTP over DTLS, 1200-byte datagrams", "data channel over DTLS, 1200-byte datagrams"};
        List<List<Double>> results = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            results.add(new ArrayList<>());
        }
        // rounds interleave the kinds, so a change in the machine's load hits all of them alike
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.length; i++) {
                if (!which.contains(names[i])) {
                    continue;
                }
                double v = i == 0 ? rawBlast(seconds) : sctp(Kind.values()[i - 1], seconds, clientCert, serverCert);
                results.get(i).add(v);
                System.out.printf("  round %d %-5s %8.1f Mbit/s%n", r + 1, names[i], v);
            }
        }
        double raw = results.get(0).isEmpty() ? Double.NaN : median(results.get(0));
        for (int i = 0; i < names.length; i++) {
            if (!results.get(i).isEmpty()) {
                report(labels[i], median(results.get(i)), raw);
            }
        }
    }

    private static void report(String what, double mbits, double raw) {
        String ratio = Double.isNaN(raw) ? "" : String.format(" (%.0f%% of raw)", 100 * mbits / raw);
        System.out.printf("%-46s %8.1f Mbit/s median%s%n", what + ":", mbits, ratio);
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return v.get(v.size() / 2);
    }

    private static DatagramChannel open() throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
        ch.setOption(StandardSocketOptions.SO_SNDBUF, 8 << 20);
        ch.bind(new InetSocketAddress("127.0.0.1", 0));
        ch.configureBlocking(false);
        return ch;
    }

    private static double rawBlast(int seconds) throws Exception {
        try (DatagramChannel tx = open(); DatagramChannel rx = open()) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong bytes = new AtomicLong();
            Thread reader = Thread.ofPlatform().start(() -> {
                ByteBuffer b = ByteBuffer.allocate(2048);
                while (!stop.get()) {
                    b.clear();
                    try {
                        if (rx.receive(b) != null) {
                            bytes.addAndGet(b.position());
                        } else {
                            Thread.onSpinWait();
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            tx.connect(rx.getLocalAddress());
            ByteBuffer d = ByteBuffer.allocate(DATAGRAM);
            long cpu0 = cpu(Thread.currentThread());
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                d.clear();
                tx.write(d);
            }
            double s = (System.nanoTime() - start) / 1e9;
            long sent = bytes.get() / DATAGRAM;
            if (Boolean.getBoolean("bench.stats")) {
                double ns = (cpu(Thread.currentThread()) - cpu0) / (double) sent;
                System.out.printf("  CPU: sender %.2f us per datagram received; sender-CPU-bound rate %.0f Mbit/s%n",
                        ns / 1e3, DATAGRAM * 8 / ns * 1e3);
            }
            stop.set(true);
            reader.join();
            return bytes.get() * 8 / s / 1e6;
        }
    }

    private static double sctp(Kind kind, int seconds, DtlsCertificate clientCert, DtlsCertificate serverCert)
            throws Exception {
        try (DatagramChannel sa = open(); DatagramChannel sb = open()) {
            AtomicBoolean stop = new AtomicBoolean();
            int sctpMtu = kind == Kind.PLAIN ? DATAGRAM : DATAGRAM - DTLS_OVERHEAD;
            // over DTLS, zero checksums (RFC 9653) as WebRTC stacks negotiate them: DTLS authenticates the packets
            SctpConfig cfg = SctpConfig.builder().mtu(sctpMtu).receiveWindow(64L << 20)
                    .minRto(Duration.ofMillis(50)).zeroChecksum(kind != Kind.PLAIN).build();
            long t0 = System.nanoTime();
            LoopbackWire wa = kind == Kind.PLAIN ? LoopbackWire.plain()
                    : LoopbackWire.dtls(DtlsRole.CLIENT, clientCert, serverCert, DATAGRAM, t0);
            LoopbackWire wb = kind == Kind.PLAIN ? LoopbackWire.plain()
                    : LoopbackWire.dtls(DtlsRole.SERVER, serverCert, clientCert, DATAGRAM, t0);
            SctpAssociation aa = new SctpAssociation(cfg);
            SctpAssociation ab = new SctpAssociation(cfg.toBuilder().build());
            aa.connect(t0);
            ab.connect(t0);
            LoopbackEndpoint ea = kind == Kind.DC
                    ? LoopbackEndpoint.channels(new DataChannels(aa, true, DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT, cfg.maxMessageSize()), true)
                    : LoopbackEndpoint.association(aa, true);
            LoopbackEndpoint eb = kind == Kind.DC
                    ? LoopbackEndpoint.channels(new DataChannels(ab, false, DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT, cfg.maxMessageSize()), false)
                    : LoopbackEndpoint.association(ab, false);
            sa.connect(sb.getLocalAddress());
            sb.connect(sa.getLocalAddress());
            LoopbackSide a = new LoopbackSide(wa, ea, sa, stop);
            LoopbackSide b = new LoopbackSide(wb, eb, sb, stop);
            Thread ta = Thread.ofPlatform().name("sender").start(a);
            Thread tb = Thread.ofPlatform().name("receiver").start(b);
            try {
                Thread.sleep(1000); // warm-up: handshakes, slow start, JIT
                check(a, b);
                long startBytes = b.received.get();
                long cpuA = cpu(ta);
                long cpuB = cpu(tb);
                long start = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                long bytes = b.received.get() - startBytes;
                double s = (System.nanoTime() - start) / 1e9;
                check(a, b);
                if (Boolean.getBoolean("bench.stats")) {
                    double payload = sctpMtu - 32; // a full packet: 12-byte common header, 20-byte I-DATA header
                    double datagrams = bytes / payload;
                    double senderNs = (cpu(ta) - cpuA) / datagrams;
                    System.out.printf("  CPU: sender thread %.0f%%, receiver thread %.0f%%; per full packet delivered:"
                            + " sender %.2f us, receiver %.2f us; sender-CPU-bound goodput %.0f Mbit/s%n",
                            (cpu(ta) - cpuA) / s / 1e7, (cpu(tb) - cpuB) / s / 1e7,
                            senderNs / 1e3, (cpu(tb) - cpuB) / datagrams / 1e3, payload * 8 / senderNs * 1e3);
                    System.out.println("  sender: " + a.stats());
                    System.out.println("  receiver: " + b.stats());
                }
                return bytes * 8 / s / 1e6;
            } finally {
                stop.set(true);
                ta.join();
                tb.join();
            }
        }
    }

    private static long cpu(Thread t) {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getThreadCpuTime(t.threadId());
    }

    private static void check(LoopbackSide a, LoopbackSide b) {
        for (LoopbackSide s : List.of(a, b)) {
            if (s.failure() != null) {
                throw new IllegalStateException("a side failed", s.failure());
            }
        }
        if (!a.ready() || !b.ready()) {
            throw new IllegalStateException("DTLS did not connect within the warm-up");
        }
    }
}
