package io.jrtc.testkit;

import io.jrtc.testkit.internal.Dice;
import io.jrtc.testkit.internal.IpLiterals;
import io.jrtc.testkit.internal.TimeFormat;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Drives endpoints and the network through virtual time, one event at a time: the earliest
 * network event or endpoint timeout (network first on a tie, so a reply that arrives exactly
 * when a retransmission timer fires wins, and the endpoint can cancel the timer). Guards against
 * runs that would never end.
 */
final class Driver implements Network.Delivery {
    /** An endpoint with its bound addresses and its latest requested timeout. */
    private static final class Slot {
        final Endpoint endpoint;
        final Map<InetSocketAddress, Host> bindings = new LinkedHashMap<>();
        long deadline = Endpoint.NEVER;
        long timeoutInstant = Long.MIN_VALUE;
        long timeoutsAtInstant;

        Slot(Endpoint endpoint) {
            this.endpoint = endpoint;
        }
    }

    private final VirtualClock clock;
    private final Observers observers;
    private final Network network;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<Endpoint, Slot> byEndpoint = new IdentityHashMap<>();
    private final Limits limits = new Limits();
    private long instant = Long.MIN_VALUE;
    private long stepsAtInstant;

    /** Bounds that turn a run that would never end into a {@link LiveLockException}. */
    static final class Limits {
        long stepsPerRun = 100_000_000;
        long stepsPerInstant = 100_000;
        long timeoutsPerInstant = 1_000;
        long transmitsPerDrain = 100_000;
    }

    Driver(VirtualClock clock, Topology topology, Dice dice, Observers observers) {
        this.clock = clock;
        this.observers = observers;
        this.network = new Network(clock, topology, dice, observers, this);
    }

    Network network() {
        return network;
    }

    Limits limits() {
        return limits;
    }

    InetSocketAddress bind(Host host, InetSocketAddress local, Endpoint endpoint) {
        Slot slot = byEndpoint.get(endpoint);
        if (slot != null && local.getPort() != 0 && slot.bindings.containsKey(local)) {
            throw new IllegalArgumentException(endpoint + " is already bound to " + IpLiterals.format(local)
                    + " on " + slot.bindings.get(local) + "; one endpoint cannot tell two hosts' "
                    + IpLiterals.format(local) + " apart");
        }
        InetSocketAddress bound = host.bind(local, endpoint);
        if (slot == null) {
            slot = new Slot(endpoint);
            slots.add(slot);
            byEndpoint.put(endpoint, slot);
        }
        slot.bindings.put(bound, host);
        return bound;
    }

    void unbind(Endpoint endpoint) {
        Slot slot = byEndpoint.remove(endpoint);
        if (slot != null) {
            slots.remove(slot);
            slot.bindings.forEach((address, host) -> host.unbind(address));
        }
    }

    /** Sends a datagram for the test, from an address of {@code host} (bound or not). */
    void inject(Host host, Datagram datagram) {
        if (!host.owns(datagram.source().getAddress())) {
            throw new IllegalArgumentException(host + " cannot send from " + IpLiterals.format(datagram.source()));
        }
        network.send(host, datagram);
    }

    @Override
    public void deliver(Endpoint endpoint, Datagram datagram) {
        Slot slot = byEndpoint.get(endpoint);
        endpoint.handleInput(clock.now(), datagram);
        settle(slot);
    }

    boolean step() {
        long next = prepare();
        if (next == Long.MAX_VALUE) {
            return false;
        }
        execute(next);
        return true;
    }

    boolean runUntil(BooleanSupplier condition, long limitNanos) {
        long deadline = TimeFormat.saturatedAdd(clock.now(), limitNanos);
        for (long steps = 0; !condition.getAsBoolean(); steps++) {
            long next = prepare();
            if (next > deadline) {
                if (deadline != Long.MAX_VALUE) {
                    clock.advanceTo(deadline);
                }
                return condition.getAsBoolean();
            }
            if (steps >= limits.stepsPerRun) {
                throw new LiveLockException("the run took " + steps + " steps and virtual time only reached "
                        + TimeFormat.seconds(clock.now()) + " of " + TimeFormat.seconds(deadline)
                        + ". If the run really needs more, raise Simulation.maxSteps(...);"
                        + " otherwise endpoints are exchanging packets or timeouts without end.\n" + status());
            }
            execute(next);
        }
        return true;
    }

    /** Drains every endpoint (test code may have poked one) and returns when the next step happens. */
    private long prepare() {
        for (int i = 0; i < slots.size(); i++) {
            settle(slots.get(i));
        }
        Slot due = earliest();
        long timeout = due == null ? Long.MAX_VALUE : Math.max(due.deadline, clock.now());
        return Math.min(network.nextEventTime(), timeout);
    }

    private void execute(long next) {
        clock.advanceTo(Math.max(next, clock.now()));
        guardInstant();
        if (network.nextEventTime() <= clock.now()) {
            network.fireNext();
        } else {
            fireTimeout(earliest());
        }
    }

    private void fireTimeout(Slot slot) {
        long now = clock.now();
        if (slot.timeoutInstant != now) {
            slot.timeoutInstant = now;
            slot.timeoutsAtInstant = 0;
        }
        if (++slot.timeoutsAtInstant > limits.timeoutsPerInstant) {
            throw new LiveLockException(slot.endpoint + " got handleTimeout(" + now + ") "
                    + limits.timeoutsPerInstant + " times at " + TimeFormat.seconds(now)
                    + " and its pollTimeout() still says " + slot.deadline + " (due). After handleTimeout(now),"
                    + " pollTimeout() must return a time after now, or Endpoint.NEVER.\n" + status());
        }
        slot.endpoint.handleTimeout(now);
        settle(slot);
    }

    private void settle(Slot slot) {
        drain(slot);
        slot.deadline = slot.endpoint.pollTimeout();
    }

    private void drain(Slot slot) {
        for (long n = 0; ; n++) {
            Datagram datagram = slot.endpoint.pollTransmit();
            if (datagram == null) {
                return;
            }
            if (n >= limits.transmitsPerDrain) {
                throw new LiveLockException(slot.endpoint + " returned more than " + limits.transmitsPerDrain
                        + " datagrams from pollTransmit() in a row; it must eventually return null.\n" + status());
            }
            Host host = slot.bindings.get(datagram.source());
            if (host == null) {
                throw new IllegalStateException(slot.endpoint + " sent from " + IpLiterals.format(datagram.source())
                        + ", which it is not bound to; bound: " + slot.bindings.keySet().stream()
                        .map(IpLiterals::format).toList() + ". Datagram: " + datagram);
            }
            network.send(host, datagram);
        }
    }

    private Slot earliest() {
        Slot best = null;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.deadline != Endpoint.NEVER && (best == null || slot.deadline < best.deadline)) {
                best = slot;
            }
        }
        return best;
    }

    private void guardInstant() {
        long now = clock.now();
        if (now != instant) {
            instant = now;
            stepsAtInstant = 0;
        }
        if (++stepsAtInstant > limits.stepsPerInstant) {
            throw new LiveLockException("virtual time is stuck at " + TimeFormat.seconds(now) + ": "
                    + limits.stepsPerInstant + " steps without it moving. Usually endpoints answer each"
                    + " other over links without delay forever, or an endpoint reacts to its own"
                    + " output at once; give the links a delay or fix the endpoint.\n" + status());
        }
    }

    /** The state for error messages: time, endpoints and their timeouts, recent activity. */
    String status() {
        StringBuilder out = new StringBuilder("at ").append(TimeFormat.seconds(clock.now()))
                .append(", ").append(network.pendingEvents()).append(" network events pending; endpoints:");
        for (Slot slot : slots) {
            out.append("\n  ").append(slot.endpoint).append(" at ")
                    .append(slot.bindings.keySet().stream().map(IpLiterals::format).toList())
                    .append(", next timeout ")
                    .append(slot.deadline == Endpoint.NEVER ? "never" : TimeFormat.seconds(slot.deadline));
        }
        return out.append("\nrecent network activity:\n").append(observers.recent()).toString();
    }

    int endpointCount() {
        return slots.size();
    }
}
