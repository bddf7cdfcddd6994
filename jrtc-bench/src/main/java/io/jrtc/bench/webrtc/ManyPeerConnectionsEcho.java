package io.jrtc.bench.webrtc;

import com.sun.management.OperatingSystemMXBean;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCCertificate;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import io.jrtc.webrtc.RTCPeerConnectionState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.DatagramSocket;
import java.net.InetAddress;
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
 * Many {@link RTCPeerConnection} pairs connected at once in one JVM through the W3C API, each
 * echoing a message every second: the answering connections share one UDP port
 * ({@link JrtcSettings.Builder#singlePort(int)}), each offering connection has its own socket, all on
 * 127.0.0.1. Connects in batches, echoes for the given time, closes everything and prints
 * connections established / failed, messages sent / echoed, threads, heap and CPU. Prints figures,
 * asserts nothing; bounded (setup at most 10 minutes) and self-stopping. Run:
 * {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.webrtc.ManyPeerConnectionsEcho [pairs] [seconds]}.
 */
public final class ManyPeerConnectionsEcho {
    private static final int BATCH = 50;
    private static final long SETUP_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong ECHOED = new AtomicLong();
    private static final AtomicLong SEND_FAILURES = new AtomicLong();

    private ManyPeerConnectionsEcho() {}

    /** One offering connection and its answering connection on the shared port. */
    private static final class Pair {
        RTCPeerConnection offerer;
        RTCPeerConnection answerer;
        RTCDataChannel channel;
        final CompletableFuture<Void> open = new CompletableFuture<>();
        volatile boolean failed;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load before: %s; %d processors; %d pairs (%d RTCPeerConnections), %d s of echoes%n",
                loadavg(), Runtime.getRuntime().availableProcessors(), n, 2 * n, seconds);
        // One certificate for all, as the application may pass (WebRTC 1.0 section 4.4.1.6, certificates).
        RTCConfiguration config = RTCConfiguration.builder().certificates(List.of(RTCCertificate.generate())).build();
        JrtcSettings offering = JrtcSettings.builder().loopbackOnly(true).ipv6(false).build();
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        JrtcSettings answering = JrtcSettings.builder().loopbackOnly(true).ipv6(false).singlePort(port).build();
        long heapBefore = usedAfterGc(memory);

        List<Pair> pairs = new ArrayList<>();
        long setupStart = System.nanoTime();
        for (int i = 0; i < n && System.nanoTime() - setupStart < SETUP_LIMIT_NANOS; i += BATCH) {
            List<Pair> batch = new ArrayList<>();
            for (int j = i; j < Math.min(n, i + BATCH); j++) {
                Pair p = connect(config, offering, answering);
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
        long established = pairs.stream().filter(p -> p.open.isDone() && !p.open.isCompletedExceptionally()).count();
        System.out.printf("established: %d of %d pairs in %.1f s (batches of %d); answerers share UDP port %d%n",
                established, n, setupNanos / 1e9, BATCH, port);
        long heapConnected = usedAfterGc(memory);

        long cpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            for (Pair p : pairs) {
                if (p.channel != null && p.channel.readyState() == RTCDataChannelState.OPEN) {
                    try {
                        p.channel.send("ping");
                        SENT.incrementAndGet();
                    } catch (RuntimeException e) {
                        SEND_FAILURES.incrementAndGet();
                    }
                }
            }
        }, 0, 1, TimeUnit.SECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        ticker.shutdownNow();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(3000); // echoes still in flight
        long wallNanos = System.nanoTime() - wallStart;
        long cpuNanos = os.getProcessCpuTime() - cpuStart;
        long stillConnected = pairs.stream().filter(p -> p.offerer.connectionState() == RTCPeerConnectionState.CONNECTED
                && p.answerer.connectionState() == RTCPeerConnectionState.CONNECTED).count();
        long failed = pairs.stream().filter(p -> p.failed).count();
        System.out.printf("messages: sent %d, echoed %d, not echoed %d, send errors %d%n", SENT.get(), ECHOED.get(),
                SENT.get() - ECHOED.get(), SEND_FAILURES.get());
        System.out.printf("pairs failed (setup or connectionState failed): %d; both sides connected after the echoes: %d%n",
                failed, stillConnected);
        System.out.printf("threads in the JVM (platform): %d live, %d peak%n", threads.getThreadCount(),
                threads.getPeakThreadCount());
        System.out.printf("heap: %.1f MiB used with all connected (after GC), +%.1f KiB per RTCPeerConnection%n",
                heapConnected / 1048576.0, (heapConnected - heapBefore) / 1024.0 / Math.max(1, 2 * established));
        System.out.printf("CPU during the echo phase: %.1f s of CPU in %.1f s wall = %.0f%% of one core; load after: %s%n",
                cpuNanos / 1e9, wallNanos / 1e9, 100.0 * cpuNanos / wallNanos, loadavg());
        for (Pair p : pairs) {
            p.offerer.close();
            p.answerer.close();
        }
        Thread.sleep(1000);
        System.exit(0); // the shared single-port socket lives for the process
    }

    private static Pair connect(RTCConfiguration config, JrtcSettings offering, JrtcSettings answering) {
        Pair p = new Pair();
        RTCPeerConnection a = new RTCPeerConnection(config, offering);
        RTCPeerConnection b = new RTCPeerConnection(config, answering);
        p.offerer = a;
        p.answerer = b;
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
        java.util.function.Consumer<RTCPeerConnectionState> failure = s -> {
            if (s == RTCPeerConnectionState.FAILED) {
                p.failed = true;
                p.open.completeExceptionally(new IllegalStateException("connectionState failed"));
            }
        };
        a.onConnectionStateChange(failure);
        b.onConnectionStateChange(failure);
        b.onDataChannel(far -> far.onMessage(m -> far.send(m.text())));
        RTCDataChannel ch = a.createDataChannel("echo");
        p.channel = ch;
        ch.onOpen(() -> p.open.complete(null));
        ch.onMessage(m -> ECHOED.incrementAndGet());
        a.setLocalDescription()
                .thenCompose(v -> b.setRemoteDescription(a.localDescription().orElseThrow()))
                .thenRun(() -> bHasOffer.complete(null))
                .thenCompose(v -> b.setLocalDescription())
                .thenCompose(v -> a.setRemoteDescription(b.localDescription().orElseThrow()))
                .thenRun(() -> aHasAnswer.complete(null))
                .exceptionally(e -> {
                    p.failed = true;
                    p.open.completeExceptionally(e);
                    return null;
                });
        return p;
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
