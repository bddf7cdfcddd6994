package io.jrtc.bench.sctp;

/**
 * Prints simulated goodput of one reliable ordered SCTP stream (issue 5 targets: 100 Mbit/s at
 * 50 ms with 0.1% loss at least 85 Mbit/s; 1 Gbit/s at 50 ms without loss at least 700 Mbit/s)
 * for 10, 50, 100 and 300 ms. Deterministic: the figures do not depend on the machine; the wall
 * time column does. Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.sctp.SctpGoodputTable [rtt-ms ...]}.
 */
public final class SctpGoodputTable {
    private SctpGoodputTable() {}

    public static void main(String[] args) {
        System.out.println("link        RTT    loss   goodput (Mbit/s)  of link  retransmits  T3  wall (s)");
        int[] rtts = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 50, 100, 300};
        for (long rate : new long[] {100_000_000L, 1_000_000_000L}) {
            double loss = rate == 100_000_000L ? 0.001 : 0.0;
            for (int rtt : rtts) {
                long bytes = rate == 100_000_000L ? 256L << 20 : 1L << 30;
                if (rtt == 300) {
                    bytes *= 2; // slow start alone takes a few seconds at 300 ms
                }
                SimulatedLink.Result r = SimulatedLink.run(rate, rtt, loss, bytes);
                System.out.printf("%5d Mb/s  %3d ms  %.1f%%   %8.1f          %5.1f%%  %9d  %3d  %6.1f%n", rate / 1_000_000,
                        rtt, loss * 100, r.goodputMbps(), r.goodputMbps() * 1e6 / rate * 100, r.retransmissions(), r.t3(),
                        r.wallSeconds());
            }
        }
    }
}
