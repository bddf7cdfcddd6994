package io.jrtc.webrtc.internal.net;

import io.jrtc.ice.HostCandidatePolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * What a {@link NetRuntime}'s connections run on: a pool for their serial contexts, a clock with
 * wake-ups, and UDP sockets. In production the machine's ({@link MachinePlatform}); a test may
 * supply a simulated one (one thread, virtual time, a simulated network) through
 * {@link NetRuntime#on(NetPlatform)}, so the same runtime and peer connection code runs in a
 * deterministic simulation.
 */
interface NetPlatform extends NetClock {
    /** Where serial contexts run their batches of tasks. */
    Executor pool();

    /** Binds one socket per host address {@code policy} selects (within its port range). */
    List<DatagramPort> bindHost(HostCandidatePolicy policy) throws IOException;

    /** Binds one socket on {@code address} (port 0: any). */
    DatagramPort bind(InetSocketAddress address) throws IOException;

    /**
     * Where a new connection's ICE agent and engine draw random numbers (timer jitter such as the
     * consent interval, tie-breakers, SCTP tags), or null for a fresh {@code SecureRandom} each, as
     * on the machine. A simulation seeds it, so that its seed fixes the whole run.
     */
    default RandomGenerator random() {
        return null;
    }

    /** Stops the platform's threads (the runtime's connections should be closed first). */
    void close();
}
