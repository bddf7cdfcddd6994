package io.jrtc.bench.webrtc;

import com.sun.management.OperatingSystemMXBean;
import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.engine.EngineConfig;
import io.jrtc.webrtc.internal.engine.EngineEvent;
import io.jrtc.webrtc.internal.engine.RemoteParameters;
import io.jrtc.webrtc.internal.engine.TransportState;
import io.jrtc.webrtc.internal.net.EngineConnection;
import io.jrtc.webrtc.internal.net.NetRuntime;
import io.jrtc.webrtc.internal.net.SinglePort;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many transport engines connected at once in one JVM, each echoing a message every second:
 * the answering side shares one UDP port (single-port mode), each offering side has its own
 * socket (as remote browsers would), all on 127.0.0.1. Connects in batches, echoes for the given
 * time, then closes everything and prints connections established, messages sent / echoed /
 * failed, threads, heap and CPU. Prints figures, asserts nothing; bounded and self-stopping. Run:
 * {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.ManyConnectionsEcho [connections] [seconds]}.
 */
public final class ManyConnectionsEcho {
    private static final int BATCH = 50;
    private static final long SETUP_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private ManyConnectionsEcho() {}

    /** One offerer and its answerer on the shared port. */
    private static final class Pair {
        final int id;
        EngineConnection offerer;
        EngineConnection answerer;
        volatile DataChannel channel;
        final CompletableFuture<Void> open = new CompletableFuture<>();
        final AtomicLong echoed = new AtomicLong();
        volatile boolean failed;

        Pair(int id) {
            this.id = id;
        }
    }

    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong ECHOED = new AtomicLong();
    private static final AtomicLong SEND_FAILURES = new AtomicLong();
    private static final AtomicLong ECHO_FAILURES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        DtlsCertificate cert = DtlsCertificate.generate();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load before: %s; %d processors; %d connections, %d s of echoes%n", loadavg(),
                Runtime.getRuntime().availableProcessors(), n, seconds);
        long heapBefore = usedAfterGc(memory);

        List<Pair> pairs = new ArrayList<>();
        try (NetRuntime runtime = NetRuntime.create();
                SinglePort port = runtime.openSinglePort(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            long setupStart = System.nanoTime();
            for (int i = 0; i < n && System.nanoTime() - setupStart < SETUP_LIMIT_NANOS; i += BATCH) {
                List<Pair> batch = new ArrayList<>();
                for (int j = i; j < Math.min(n, i + BATCH); j++) {
                    Pair p = connect(runtime, port, cert, j);
                    batch.add(p);
                    pairs.add(p);
                }
                for (Pair p : batch) {
                    try {
                        p.open.get(Math.max(1, SETUP_LIMIT_NANOS - (System.nanoTime() - setupStart)), TimeUnit.NANOSECONDS);
                    } catch (Exception e) {
                        p.failed = true;
                    }
                }
            }
            long setupNanos = System.nanoTime() - setupStart;
            long established = pairs.stream().filter(p -> p.open.isDone() && !p.open.isCompletedExceptionally()
                    && p.channel != null).count();
            System.out.printf("established: %d of %d in %.1f s (batches of %d); shared port routes %d connections%n",
                    established, n, setupNanos / 1e9, BATCH, port.connections());
            long heapConnected = usedAfterGc(memory);

            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            try {
                // Each connection sends once a second, the connections spread evenly over the second.
                for (Pair p : pairs) {
                    if (p.channel == null) {
                        continue;
                    }
                    long offsetMicros = 1_000_000L * p.id / n;
                    ticker.scheduleAtFixedRate(() -> send(p), offsetMicros, 1_000_000L, TimeUnit.MICROSECONDS);
                }
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            } finally {
                ticker.shutdownNow();
            }
            long sendStop = SENT.get();
            Thread.sleep(3000); // echoes still in flight
            long wallNanos = System.nanoTime() - wallStart;
            long cpuNanos = os.getProcessCpuTime() - cpuStart;
            int liveThreads = threads.getThreadCount();
            int peakThreads = threads.getPeakThreadCount();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            long stillConnected = pairs.stream().filter(p -> p.channel != null).filter(p -> p.offerer
                    .call((e, now) -> e.state() == TransportState.CONNECTED).join()).count();

            System.out.printf("messages: sent %d, echoed %d, failed %d (send errors %d, not echoed %d)%n", sendStop,
                    ECHOED.get(), SEND_FAILURES.get() + (sendStop - ECHOED.get()), SEND_FAILURES.get(),
                    sendStop - ECHOED.get());
            System.out.printf("still connected after the echo phase: %d; connections with a failure event: %d%n",
                    stillConnected, pairs.stream().filter(p -> p.failed).count());
            System.out.printf("threads in the JVM (platform): %d live, %d peak; virtual readers: %d sockets%n",
                    liveThreads, peakThreads, n + 1);
            System.out.printf("heap: %.1f MiB used with all connected (after GC), +%.1f KiB per pair (two engines), "
                    + "%.1f MiB at the end of the echo phase (before GC)%n", heapConnected / 1048576.0,
                    (heapConnected - heapBefore) / 1024.0 / Math.max(1, established), heapAfter / 1048576.0);
            System.out.printf("CPU during the echo phase: %.1f s of CPU in %.1f s wall = %.0f%% of one core "
                    + "(%.0f%% of the machine); load after: %s%n", cpuNanos / 1e9, wallNanos / 1e9,
                    100.0 * cpuNanos / wallNanos, 100.0 * cpuNanos / wallNanos / Runtime.getRuntime().availableProcessors(),
                    loadavg());
            for (Pair p : pairs) {
                p.offerer.close();
                p.answerer.close();
            }
            Thread.sleep(1000);
        }
    }

    private static void send(Pair p) {
        p.offerer.run((e, now) -> {
            DataChannel ch = p.channel;
            try {
                ch.send("echo " + p.id + " " + now);
                SENT.incrementAndGet();
            } catch (RuntimeException ex) {
                SEND_FAILURES.incrementAndGet();
            }
        });
    }

    private static Pair connect(NetRuntime runtime, SinglePort port, DtlsCertificate cert, int id) throws IOException {
        Pair p = new Pair(id);
        EngineConnection[] answerer = new EngineConnection[1];
        p.answerer = runtime.connect(config(IceRole.CONTROLLED, cert), port, (c, event) -> {
            switch (event) {
                case EngineEvent.LocalCandidate lc -> p.offerer.run((e, now) -> e.addRemoteCandidate(lc.candidate()));
                case EngineEvent.DataChannel dc when dc.event() instanceof DataChannelEvent.Message m -> {
                    try {
                        m.channel().send(m.text()); // echo, on the answerer's serial context
                    } catch (RuntimeException ex) {
                        ECHO_FAILURES.incrementAndGet();
                    }
                }
                case EngineEvent.Failed f -> p.failed = true;
                default -> { }
            }
        });
        answerer[0] = p.answerer;
        p.offerer = runtime.connect(config(IceRole.CONTROLLING, cert), LoopbackPair.LOOPBACK, (c, event) -> {
            switch (event) {
                case EngineEvent.LocalCandidate lc -> answerer[0].run((e, now) -> e.addRemoteCandidate(lc.candidate()));
                case EngineEvent.DataChannel dc -> {
                    switch (dc.event()) {
                        case DataChannelEvent.Opened o -> {
                            p.channel = o.channel();
                            p.open.complete(null);
                        }
                        case DataChannelEvent.Message m -> {
                            p.echoed.incrementAndGet();
                            ECHOED.incrementAndGet();
                        }
                        default -> { }
                    }
                }
                case EngineEvent.Failed f -> {
                    p.failed = true;
                    p.open.completeExceptionally(new IllegalStateException(f.detail()));
                }
                default -> { }
            }
        });
        var offerIce = p.offerer.call((e, now) -> e.localCredentials()).join();
        var answerIce = p.answerer.call((e, now) -> e.localCredentials()).join();
        p.offerer.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(answerIce, List.of(cert.fingerprint()), DtlsRole.SERVER));
            e.start(now);
            e.createDataChannel(now, "echo", DataChannelInit.DEFAULT);
        });
        p.answerer.run((e, now) -> {
            e.setRemote(now, RemoteParameters.of(offerIce, List.of(cert.fingerprint()), DtlsRole.CLIENT));
            e.start(now);
        });
        return p;
    }

    private static EngineConfig config(IceRole role, DtlsCertificate cert) {
        return EngineConfig.builder(IceConfig.builder().role(role).build(), cert).build();
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
