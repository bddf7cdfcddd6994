package io.jrtc.dtls;

/**
 * A warm microbenchmark of what a new peer connection pays per certificate: {@code generate()}
 * then {@code x509()}, {@code handshakeKey()} and {@code fingerprint()}, per round in wall-clock
 * microseconds per certificate and, less disturbed by other load, the process's CPU time (this thread plus the JIT and GC
 * working for it). A main,
 * not a test (it prints, never asserts): run from the module's test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> io.jrtc.dtls.CertificateGenerationBench 3000 6}.
 */
public final class CertificateGenerationBench {
    private CertificateGenerationBench() {}

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long gen = 0, x509 = 0, key = 0, fp = 0;
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                DtlsCertificate c = DtlsCertificate.generate();
                long t1 = System.nanoTime();
                sink += c.x509().getSerialNumber().intValue();
                long t2 = System.nanoTime();
                sink += c.handshakeKey().hashCode();
                long t3 = System.nanoTime();
                sink += c.fingerprint().hashCode();
                long t4 = System.nanoTime();
                gen += t1 - t0;
                x509 += t2 - t1;
                key += t3 - t2;
                fp += t4 - t3;
            }
            double n = iterations * 1000.0;
            System.out.printf("round %d: generate %.1f us, x509 %.1f us, handshakeKey %.1f us, fingerprint %.1f us;"
                    + " total wall %.1f us, process CPU %.1f us%n", r, gen / n, x509 / n, key / n, fp / n,
                    (System.nanoTime() - wall0) / n, (processCpuNanos() - cpu0) / n);
        }
        System.out.println("(sink " + (sink & 1) + ")");
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
