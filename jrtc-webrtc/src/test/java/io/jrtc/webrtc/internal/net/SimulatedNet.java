package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.Simulation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
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
 * (A handler that makes a blocking call on another connection would only queue it and wait
 * forever: handlers call the asynchronous methods.)
 * The timers are one endpoint of the simulation (on a host of their own, 100.127.255.254, that
 * never sends): {@link Simulation#status()} shows the next wake-up. Each connection's ICE agent
 * and engine draw from a {@link Random} seeded from the simulation's seed, in the order the
 * connections are made (the credentials and SSRCs JSEP picks stay secure random: they change
 * payload bytes, never timing).
 */
public final class SimulatedNet {
    private final Simulation sim;
    private final Trampoline pool = new Trampoline();
    private final SimTimers timers;
    /** Seeds each connection's random source in turn, from the simulation's seed. */
    private final Random seeds;

    public SimulatedNet(Simulation sim) {
        this.sim = sim;
        this.seeds = new Random(sim.seed());
        this.timers = new SimTimers(sim, pool);
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
            s.bound(sim.bind(host, address, s));
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
}
