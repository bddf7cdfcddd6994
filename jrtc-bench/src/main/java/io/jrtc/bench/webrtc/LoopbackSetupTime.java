package io.jrtc.bench.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.net.NetRuntime;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Setup time of two transport engines on loopback (real UDP sockets on 127.0.0.1, one JVM): from
 * binding both sides' sockets to the data channel open on the offerer and announced on the
 * answerer (ICE checks, DTLS handshake with ECDSA certificates, SCTP handshake, DCEP). Certificates
 * are made once beforehand, as browsers reuse theirs; no SDP is involved yet. Prints figures,
 * asserts nothing; {@code -Dslow=1} prints both engines' counters for any run over 500 ms. Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.LoopbackSetupTime [runs]}.
 */
public final class LoopbackSetupTime {
    private LoopbackSetupTime() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        DtlsCertificate certificate = DtlsCertificate.generate();
        try (NetRuntime runtime = NetRuntime.create()) {
            for (int i = 0; i < 20; i++) {
                once(runtime, certificate); // warm-up
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                nanos[i] = once(runtime, certificate);
            }
            Arrays.sort(nanos);
            System.out.printf("loopback setup to data channel open, %d runs: median %.2f ms, p10 %.2f ms, p90 %.2f ms, max %.2f ms%n",
                    runs, ms(nanos[runs / 2]), ms(nanos[runs / 10]), ms(nanos[runs * 9 / 10]), ms(nanos[runs - 1]));
        }
    }

    private static long once(NetRuntime runtime, DtlsCertificate certificate) throws Exception {
        long start = System.nanoTime();
        LoopbackPair pair = new LoopbackPair(runtime, certificate);
        pair.negotiate(certificate);
        pair.offerer.connection.run((e, now) -> e.createDataChannel(now, "setup", DataChannelInit.DEFAULT));
        pair.offerer.opened.get(30, TimeUnit.SECONDS);
        pair.answerer.remoteChannel.get(30, TimeUnit.SECONDS);
        long took = System.nanoTime() - start;
        if (System.getProperty("slow") != null && took > 500_000_000L) {
            System.out.println("slow: " + pair.offerer.connection.call((e, n) -> e.stats()).join() + "\n  "
                    + pair.answerer.connection.call((e, n) -> e.stats()).join());
        }
        pair.close();
        return took;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
