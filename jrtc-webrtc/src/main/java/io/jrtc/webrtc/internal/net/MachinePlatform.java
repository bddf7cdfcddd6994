package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The machine: a work pool, one timer thread, {@code System.nanoTime()} and real UDP sockets, all
 * read by one {@link SocketReader} thread (started with the first socket).
 */
final class MachinePlatform implements NetPlatform {
    private final ExecutorService pool;
    private final ScheduledThreadPoolExecutor scheduler;
    private SocketReader reader;
    private boolean closed;

    MachinePlatform(int parallelism) {
        this.pool = new ForkJoinPool(parallelism, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jrtc-timers");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Executor pool() {
        return pool;
    }

    @Override
    public long nanoTime() {
        return NanoClock.now();
    }

    @Override
    public Future<?> schedule(Runnable task, long delayNanos) {
        return scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public List<DatagramPort> bindHost(HostCandidatePolicy policy) throws IOException {
        return List.copyOf(HostSockets.bind(policy, reader()));
    }

    @Override
    public DatagramPort bind(InetSocketAddress address) throws IOException {
        return UdpSocket.bind(address, reader());
    }

    private synchronized SocketReader reader() throws IOException {
        if (closed) {
            throw new IOException("the runtime is closed");
        }
        if (reader == null) {
            reader = new SocketReader("jrtc-udp-reader");
        }
        return reader;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (reader != null) {
                reader.close();
            }
        }
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
