package io.jrtc.bench.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Goodput of one ordered reliable data channel between two transport engines over real UDP on
 * 127.0.0.1 with DTLS (AES-GCM) and SCTP, driven by the runtime (serial contexts, timers): 64 KiB
 * messages, the sender refilling its buffer on bufferedamountlow. Prints the median of several
 * transfers, asserts nothing.
 * Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.DataChannelGoodput [MiB] [runs]}.
 */
public final class DataChannelGoodput {
    private static final int MESSAGE = 64 * 1024;
    private static final long HIGH_WATER = 4L << 20;

    private DataChannelGoodput() {}

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 64;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DtlsCertificate certificate = DtlsCertificate.generate();
        double[] mbps = new double[runs];
        try (NetRuntime runtime = NetRuntime.create()) {
            transfer(runtime, certificate, 8L << 20); // warm-up
            for (int i = 0; i < runs; i++) {
                mbps[i] = transfer(runtime, certificate, mib << 20);
            }
        }
        Arrays.sort(mbps);
        System.out.printf("data channel goodput over loopback UDP with DTLS, %d MiB x %d runs: median %.1f Mbit/s (min %.1f, max %.1f)%n",
                mib, runs, mbps[runs / 2], mbps[0], mbps[runs - 1]);
    }

    private static double transfer(NetRuntime runtime, DtlsCertificate certificate, long total) throws Exception {
        LoopbackPair pair = new LoopbackPair(runtime, certificate);
        AtomicLong received = new AtomicLong();
        CompletableFuture<Long> done = new CompletableFuture<>();
        pair.answerer.onChannelEvent = (ch, e) -> {
            if (e instanceof DataChannelEvent.Message m && received.addAndGet(m.binary().length) >= total) {
                done.complete(System.nanoTime());
            }
        };
        byte[] payload = new byte[MESSAGE];
        long[] sent = {0};
        pair.offerer.onChannelEvent = (ch, e) -> {
            if (e instanceof DataChannelEvent.BufferedAmountLow) {
                fill(ch, payload, sent, total);
            }
        };
        pair.negotiate(certificate);
        pair.offerer.connection.run((e, now) -> e.createDataChannel(now, "bulk", DataChannelInit.DEFAULT));
        DataChannel ch = pair.offerer.opened.get(30, TimeUnit.SECONDS);
        long start = System.nanoTime();
        pair.offerer.connection.run((e, now) -> {
            ch.bufferedAmountLowThreshold(HIGH_WATER / 4);
            fill(ch, payload, sent, total);
        });
        long end = done.get(120, TimeUnit.SECONDS);
        pair.close();
        return total * 8 / ((end - start) / 1e9) / 1e6;
    }

    /** Runs on the offerer's serial context. */
    private static void fill(DataChannel ch, byte[] payload, long[] sent, long total) {
        while (sent[0] < total && ch.bufferedAmount() < HIGH_WATER) {
            ch.send(payload);
            sent[0] += payload.length;
        }
    }
}
