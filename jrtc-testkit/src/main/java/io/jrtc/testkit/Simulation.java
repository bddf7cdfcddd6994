package io.jrtc.testkit;

import io.jrtc.testkit.internal.Dice;
import io.jrtc.testkit.internal.IpLiterals;
import io.jrtc.testkit.internal.TimeFormat;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A deterministic world for sans-IO endpoints: a {@link VirtualClock}, a simulated network of
 * {@link Host}s, {@link Nat}s and impaired {@link Link}s, and a driver that moves time from one
 * event to the next. Everything random comes from one generator seeded here, so a seed fully
 * determines a run; a failing test is replayed by rerunning it.
 *
 * <pre>{@code
 * Simulation sim = Simulation.seeded(42);
 * Host client = sim.host("10.0.0.2");
 * Host server = sim.host("192.0.2.7");
 * Nat nat = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", client);
 * sim.link(nat, server, LinkConditions.builder().delay(Duration.ofMillis(25)).loss(0.02).build());
 * sim.bind(server, 3478, new EchoServer(server.address(3478)));
 * Pinger pinger = new Pinger(client.address(5000), server.address(3478));
 * sim.bind(client, 5000, pinger);
 * assertTrue(sim.runUntil(pinger::done, Duration.ofSeconds(10)));
 * }</pre>
 *
 * <p>Not thread-safe: use a simulation from one thread, like the cores it drives.
 */
public final class Simulation {
    private final long seed;
    private final VirtualClock clock;
    private final Topology topology;
    private final Observers observers;
    private final Driver driver;

    private Simulation(long seed, long epochNanos) {
        this.seed = seed;
        this.clock = new VirtualClock(epochNanos);
        this.topology = new Topology(clock);
        this.observers = new Observers(clock);
        this.driver = new Driver(clock, topology, new Dice(seed), observers);
    }

    /** A simulation whose randomness comes from {@code seed}, with time starting at 0. */
    public static Simulation seeded(long seed) {
        return new Simulation(seed, 0);
    }

    /** A simulation whose randomness comes from {@code seed}, with time starting at {@code epochNanos}. */
    public static Simulation seeded(long seed, long epochNanos) {
        return new Simulation(seed, epochNanos);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /**
     * The clock. Advance time through the run methods: moving the clock by hand skips events,
     * which then happen late.
     */
    public VirtualClock clock() {
        return clock;
    }

    /** The current virtual time in nanoseconds. */
    public long now() {
        return clock.now();
    }

    // ---- topology

    /** A host on the public internet with the given address literals, the primary first. */
    public Host host(String... addresses) {
        return topology.newHost(topology.internet(), addresses);
    }

    /** A NAT of the given type on the public internet, with {@code inside} moved behind it. */
    public Nat nat(NatType type, String publicAddress, Host... inside) {
        return nat(NatConfig.of(type), publicAddress, inside);
    }

    /** A NAT with the given behaviour on the public internet, with {@code inside} moved behind it. */
    public Nat nat(NatConfig config, String publicAddress, Host... inside) {
        return topology.newNat(topology.internet(), config, publicAddress, inside);
    }

    /**
     * The path link from one node to another; both must be on the same network (for a host behind
     * a NAT: its NAT or its neighbours). Created on first use with the default conditions.
     */
    public Link link(Node from, Node to) {
        return topology.link(from, to);
    }

    /** Sets the same conditions on both directions between two nodes. */
    public void link(Node a, Node b, LinkConditions bothWays) {
        link(a, b, bothWays, bothWays);
    }

    /** Sets the conditions of each direction between two nodes. */
    public void link(Node a, Node b, LinkConditions aToB, LinkConditions bToA) {
        link(a, b).setConditions(aToB);
        link(b, a).setConditions(bToA);
    }

    /** Conditions for every path link not configured explicitly (perfect by default). */
    public void defaultConditions(LinkConditions conditions) {
        topology.defaults(conditions);
    }

    // ---- endpoints

    /**
     * Binds an endpoint to a port of the host's primary address (0 picks a free port) and starts
     * driving it. One endpoint may be bound to several addresses, like an ICE agent.
     *
     * @return the bound address
     */
    public InetSocketAddress bind(Host host, int port, Endpoint endpoint) {
        return bind(host, host.address(port), endpoint);
    }

    /** Binds an endpoint to a specific address of the host (port 0 picks a free port). */
    public InetSocketAddress bind(Host host, InetSocketAddress local, Endpoint endpoint) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(endpoint, "endpoint");
        if (local.isUnresolved()) {
            throw new IllegalArgumentException("bind to an IP literal, not " + local);
        }
        return driver.bind(host, local, endpoint);
    }

    /** Binds to a specific address, given as a literal, of the host. */
    public InetSocketAddress bind(Host host, String address, int port, Endpoint endpoint) {
        InetAddress ip = IpLiterals.parse(address);
        return bind(host, new InetSocketAddress(ip, port), endpoint);
    }

    /** Unbinds an endpoint from all its addresses and stops driving it. */
    public void unbind(Endpoint endpoint) {
        driver.unbind(endpoint);
    }

    /** Sends a datagram from the host as the test, without an endpoint (e.g. an attacker's packet). */
    public void send(Host from, Datagram datagram) {
        driver.inject(from, datagram);
    }

    // ---- running

    /**
     * Does the next thing: delivers the earliest network event or fires the earliest endpoint
     * timeout, advancing time to it.
     *
     * @return false if nothing was pending (the clock did not move)
     * @throws LiveLockException if time has not moved for too many steps
     */
    public boolean step() {
        return driver.step();
    }

    /**
     * Runs until {@code condition} holds, checking it before each step, or until {@code limit}
     * of virtual time has passed (events due exactly at the limit included; then the clock is
     * exactly at the limit).
     *
     * @return whether the condition became true
     * @throws LiveLockException if the run exceeds {@link #maxSteps(long)} steps, or time stops
     *     moving, or an endpoint keeps asking for a timeout that is already due
     */
    public boolean runUntil(BooleanSupplier condition, Duration limit) {
        Objects.requireNonNull(condition, "condition");
        return driver.runUntil(condition, nanos(limit));
    }

    /**
     * Runs for {@code duration} of virtual time, including whatever is due exactly at its end;
     * the clock ends exactly that much later.
     */
    public void runFor(Duration duration) {
        driver.runUntil(() -> false, nanos(duration));
    }

    // ---- observation and limits

    /** Adds a listener that sees every send, delivery, drop, duplicate and NAT translation. */
    public void tap(PacketTap tap) {
        observers.add(tap);
    }

    /** Removes a listener. */
    public void untap(PacketTap tap) {
        observers.remove(tap);
    }

    /** How many datagrams were dropped for {@code reason} anywhere in the network. */
    public long dropCount(DropReason reason) {
        return driver.network().dropCount(reason);
    }

    /** Most steps one {@link #runUntil} or {@link #runFor} may take (default 100 million). */
    public void maxSteps(long steps) {
        driver.limits().stepsPerRun = positive(steps);
    }

    /** Most steps allowed without virtual time moving (default 100,000). */
    public void maxStepsPerInstant(long steps) {
        driver.limits().stepsPerInstant = positive(steps);
    }

    /** Time, endpoints with their next timeouts, and the last network events: for debugging. */
    public String status() {
        return driver.status();
    }

    @Override
    public String toString() {
        return "Simulation[seed=" + seed + ", t=" + TimeFormat.seconds(clock.now()) + ", "
                + driver.endpointCount() + " endpoints]";
    }

    private static long nanos(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long positive(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + value);
        }
        return value;
    }
}
