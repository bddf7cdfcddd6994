package io.jrtc.webrtc.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceRole;
import io.jrtc.sctp.datachannel.DataChannelInit;
import io.jrtc.webrtc.internal.engine.TransportEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A deadline the engine reports as already due (the first ICE check once it has a pair, the
 * nomination once the stopping criterion holds) is fired by the flush itself, not by the timer
 * thread. Shown by a timer that never fires within the test: two engines on 127.0.0.1 still get
 * through ICE, DTLS and SCTP to an open data channel, since on a loss-free path every other
 * step is driven by a datagram.
 */
class DueDeadlineTest {
    @Test
    void twoEnginesOpenAChannelWithoutAnyTimerWakeUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        StalledScheduler scheduler = new StalledScheduler();
        LoopbackPeer a = new LoopbackPeer("a", IceRole.CONTROLLING);
        LoopbackPeer b = new LoopbackPeer("b", IceRole.CONTROLLED);
        SocketReader reader = new SocketReader("due-deadline-reader");
        try {
            a.connection = connect(a, pool, scheduler, reader);
            b.connection = connect(b, pool, scheduler, reader);
            LoopbackPeer.negotiate(a, b);
            a.connection.run((e, now) -> e.createDataChannel(now, "due", DataChannelInit.DEFAULT));
            a.opened.get(20, TimeUnit.SECONDS);
            b.remoteChannel.get(20, TimeUnit.SECONDS);
            assertTrue(scheduler.asked.get() > 0, "the engines did ask for later wake-ups");
            assertEquals(0, scheduler.fired.get(), "no wake-up fired");
            assertFalse(a.overlapped || b.overlapped);
        } finally {
            if (a.connection != null) {
                a.connection.close();
            }
            if (b.connection != null) {
                b.connection.close();
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
            scheduler.shutdownNow();
            reader.close();
        }
    }

    /** A connection on its own 127.0.0.1 socket, as {@link NetRuntime} makes one, with this scheduler. */
    private static EngineConnection connect(LoopbackPeer peer, ExecutorService pool, StalledScheduler scheduler,
            SocketReader reader) throws IOException {
        UdpSocket socket = UdpSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), reader);
        TransportEngine engine = new TransportEngine(LoopbackPeer.config(peer.role));
        engine.addHostAddress(socket.local());
        EngineConnection c = new EngineConnection(engine, new SerialExecutor(pool), scheduler,
                Map.of(socket.local(), socket), NetRuntime.OWN, peer, null);
        socket.start((s, remote, payload) -> c.deliver(s.local(), remote, payload));
        return c;
    }

    /** The machine's clock, but every wake-up is put a day away: none fires while the test runs. */
    private static final class StalledScheduler implements NetClock {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger fired = new AtomicInteger();
        private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Future<?> schedule(Runnable task, long delayNanos) {
            asked.incrementAndGet();
            return executor.schedule(() -> {
                fired.incrementAndGet();
                task.run();
            }, 1, TimeUnit.DAYS);
        }

        void shutdownNow() {
            executor.shutdownNow();
        }
    }
}
