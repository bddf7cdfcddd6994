package io.jrtc.bench.sctp;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.sctp.SctpAssociation;
import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.datachannel.DataChannels;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU cost of jrtc's own per-packet work, without sockets: the two endpoints of
 * {@link SctpLoopbackGoodput} (SCTP plain, SCTP over DTLS, data channel over DTLS) joined by
 * in-memory queues and driven by one thread, so the figure is thread CPU time per delivered full
 * packet, independent of the kernel and much less of the machine's load than the loopback run.
 * The loopback goodput is then bounded by this cost plus a UDP send per packet on the sending side.
 * Prints medians; asserts nothing.
 * Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.sctp.SctpPipeCost [rounds] [MiB per round]}.
 */
public final class SctpPipeCost {
    private static final int DATAGRAM = 1200;
    private static final int DTLS_OVERHEAD = 13 + 8 + 16;

    private SctpPipeCost() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        long bytesPerRound = (args.length > 1 ? Long.parseLong(args[1]) : 256) << 20;
        DtlsCertificate cc = DtlsCertificate.generate();
        DtlsCertificate sc = DtlsCertificate.generate();
        for (String kind : List.of("plain", "dtls", "dc")) {
            List<Double> v = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                v.add(run(kind, bytesPerRound, cc, sc));
            }
            v.sort(null);
            System.out.printf("%-6s CPU per full packet delivered, both sides: median %.2f us (min %.2f, max %.2f)%n",
                    kind, v.get(v.size() / 2), v.get(0), v.get(v.size() - 1));
        }
    }

    private static double run(String kind, long bytes, DtlsCertificate cc, DtlsCertificate sc) {
        boolean plain = kind.equals("plain");
        int mtu = plain ? DATAGRAM : DATAGRAM - DTLS_OVERHEAD;
        SctpConfig cfg = SctpConfig.builder().mtu(mtu).receiveWindow(64L << 20).zeroChecksum(!plain).build();
        long t0 = System.nanoTime();
        LoopbackWire wa = plain ? LoopbackWire.plain() : LoopbackWire.dtls(DtlsRole.CLIENT, cc, sc, DATAGRAM, t0);
        LoopbackWire wb = plain ? LoopbackWire.plain() : LoopbackWire.dtls(DtlsRole.SERVER, sc, cc, DATAGRAM, t0);
        SctpAssociation aa = new SctpAssociation(cfg);
        SctpAssociation ab = new SctpAssociation(cfg.toBuilder().build());
        aa.connect(t0);
        ab.connect(t0);
        boolean dc = kind.equals("dc");
        LoopbackEndpoint ea = dc ? LoopbackEndpoint.channels(new DataChannels(aa, true, DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT, cfg.maxMessageSize()), true)
                : LoopbackEndpoint.association(aa, true);
        LoopbackEndpoint eb = dc ? LoopbackEndpoint.channels(new DataChannels(ab, false, DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT, cfg.maxMessageSize()), false)
                : LoopbackEndpoint.association(ab, false);
        ArrayDeque<byte[]> toB = new ArrayDeque<>();
        ArrayDeque<byte[]> toA = new ArrayDeque<>();
        // handshakes and slow start, then the measured part
        long warm = 16L << 20;
        pump(wa, ea, wb, eb, toA, toB, warm);
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = eb.received();
        pump(wa, ea, wb, eb, toA, toB, start + bytes);
        double packets = (eb.received() - start) / (double) (mtu - 32);
        return (mx.getCurrentThreadCpuTime() - cpu0) / packets / 1e3;
    }

    /** Runs both sides until the receiver has {@code target} bytes; SACKs travel back at once. */
    private static void pump(LoopbackWire wa, LoopbackEndpoint ea, LoopbackWire wb, LoopbackEndpoint eb,
            ArrayDeque<byte[]> toA, ArrayDeque<byte[]> toB, long target) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (eb.received() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no progress: received " + eb.received());
            }
            step(wa, ea, toA, toB);
            step(wb, eb, toB, toA);
        }
    }

    private static void step(LoopbackWire w, LoopbackEndpoint e, ArrayDeque<byte[]> in, ArrayDeque<byte[]> out) {
        byte[] d;
        while ((d = in.poll()) != null) {
            long now = System.nanoTime();
            w.input(now, d, p -> e.input(now, p));
        }
        long now = System.nanoTime();
        while ((d = w.pollOwn(now)) != null) {
            out.add(d);
        }
        if (w.ready()) {
            e.service(now);
            // one window's worth per step, as the socket loop does between reads
            for (int i = 0; i < 64 && (d = e.poll(now)) != null; i++) {
                byte[] x = w.wrap(d);
                if (x != null) {
                    out.add(x);
                }
            }
        }
    }
}
