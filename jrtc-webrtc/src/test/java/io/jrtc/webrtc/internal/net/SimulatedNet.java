package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.Endpoint;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.Simulation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.random.RandomGenerator;

/**
 * The runtime's platform on a jrtc-testkit {@link Simulation}: every serial context runs on the
 * simulation's thread, time is the simulation's virtual clock, and sockets are endpoints of the
 * simulated network. One per simulation; {@link #runtime(Host)} gives each simulated host its
 * {@link NetRuntime}, on which {@code RTCPeerConnection}s are built as on the machine's.
 *
 * <p>Work is run as a trampoline: the first task submitted while nothing runs is run at once, on
 * the caller's thread, with everything it submits in turn (in order) before it returns. So an
 * operation the test calls between steps (say {@code createOffer()}) has completed when the call
 * returns, a blocking call (addTrack) does not block, and the whole run is one thread, in a
 * seeded order. DTLS's handshake thread is no exception: jrtc-dtls waits for it on every call.
 * The timers are one endpoint of the simulation (on a host of their own, 100.127.255.254, that
 * never sends): {@link Simulation#status()} shows the next wake-up. Each connection's ICE agent
 * and engine draw from a {@link Random} seeded from the simulation's seed, in the order the
 * connections are made (the credentials and SSRCs JSEP picks stay secure random: they change
 * payload bytes, never timing).
 */
public final class SimulatedNet {
    private final Simulation sim;
    private final Trampoline pool = new Trampoline();
    private final Timers timers = new Timers();
    /** Seeds each connection's random source in turn, from the simulation's seed. */
    private final Random seeds;

    public SimulatedNet(Simulation sim) {
        this.sim = sim;
        this.seeds = new Random(sim.seed());
        sim.bind(sim.host("100.127.255.254"), 9, timers);
    }

    /** A runtime whose connections bind their host candidates on {@code host}'s addresses. */
    public NetRuntime runtime(Host host) {
        return NetRuntime.on(new HostPlatform(host));
    }

    /** Runs tasks one after another on the thread that submitted the first; see the class comment. */
    private static final class Trampoline implements Executor {
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        private boolean running;

        @Override
        public void execute(Runnable task) {
            queue.add(task);
            if (running) {
                return;
            }
            running = true;
            try {
                for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
                    r.run();
                }
            } finally {
                running = false;
            }
        }
    }

    /** Wake-ups at virtual deadlines, in deadline order and, on a tie, in the order they were asked for. */
    private final class Timers implements Endpoint {
        private record Wakeup(long deadline, long order, FutureTask<Void> task) { }

        private final PriorityQueue<Wakeup> due = new PriorityQueue<>((x, y) -> x.deadline != y.deadline
                ? Long.compare(x.deadline, y.deadline) : Long.compare(x.order, y.order));
        private long asked;

        Future<?> schedule(Runnable task, long delayNanos) {
            FutureTask<Void> f = new FutureTask<>(task, null);
            due.add(new Wakeup(sim.now() + Math.max(0, delayNanos), asked++, f));
            return f;
        }

        @Override
        public void handleTimeout(long nowNanos) {
            for (Wakeup w = due.peek(); w != null && w.deadline <= nowNanos; w = due.peek()) {
                due.poll();
                pool.execute(w.task); // a cancelled one does nothing
            }
        }

        @Override
        public long pollTimeout() {
            while (!due.isEmpty() && due.peek().task.isCancelled()) {
                due.poll();
            }
            return due.isEmpty() ? NEVER : due.peek().deadline;
        }

        @Override
        public void handleInput(long nowNanos, Datagram datagram) {
            // nothing is sent to the timers' address
        }

        @Override
        public Datagram pollTransmit() {
            return null;
        }

        @Override
        public String toString() {
            return "jrtc timers (" + due.size() + " pending)";
        }
    }

    /** One simulated host as a runtime's platform. */
    private final class HostPlatform implements NetPlatform {
        private final Host host;

        HostPlatform(Host host) {
            this.host = host;
        }

        @Override
        public Executor pool() {
            return pool;
        }

        @Override
        public long nanoTime() {
            return sim.now();
        }

        @Override
        public Future<?> schedule(Runnable task, long delayNanos) {
            return timers.schedule(task, delayNanos);
        }

        @Override
        public List<DatagramPort> bindHost(HostCandidatePolicy policy) {
            List<DatagramPort> out = new ArrayList<>();
            for (InetAddress a : policy.select(Map.of("sim0", host.addresses()))) {
                out.add(bind(new InetSocketAddress(a, policy.minPort())));
            }
            return out;
        }

        @Override
        public DatagramPort bind(InetSocketAddress address) {
            SimSocket s = new SimSocket(host.toString());
            s.local = sim.bind(host, address, s);
            return s;
        }

        @Override
        public RandomGenerator random() {
            return new Random(seeds.nextLong());
        }

        @Override
        public void close() {
            // nothing of its own: the simulation owns the thread and the network
        }
    }

    /**
     * A socket as a simulation endpoint. What it sends waits in its queue until the simulation
     * polls it (before its next step, at the same virtual time); once closed it neither sends nor
     * hands on what arrives, like a closed port.
     */
    private static final class SimSocket implements DatagramPort, Endpoint {
        private final ArrayDeque<Datagram> out = new ArrayDeque<>();
        private final String host;
        private InetSocketAddress local;
        private DatagramSink sink;
        private boolean closed;

        SimSocket(String host) {
            this.host = host;
        }

        @Override
        public InetSocketAddress local() {
            return local;
        }

        @Override
        public void start(DatagramSink sink) {
            this.sink = sink;
        }

        @Override
        public void send(InetSocketAddress remote, byte[] payload) {
            if (!closed) {
                out.add(new Datagram(local, remote, payload.clone()));
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void handleInput(long nowNanos, Datagram d) {
            if (!closed && sink != null) {
                sink.onDatagram(this, d.source(), d.payload());
            }
        }

        @Override
        public void handleTimeout(long nowNanos) {
            // the connection's timer is in Timers
        }

        @Override
        public Datagram pollTransmit() {
            return out.poll();
        }

        @Override
        public long pollTimeout() {
            return NEVER;
        }

        @Override
        public String toString() {
            return "jrtc socket " + local + " on " + host + (closed ? " (closed)" : "");
        }
    }
}
