package io.jrtc.testkit;

import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A sans-IO protocol core as the simulation drives it: it never reads a clock or a socket; time
 * and packets come in as arguments, packets and wake-up times are polled out.
 *
 * <p>Cores have their own datagram types; adapt one with a small class or with {@link #of}:
 *
 * <pre>{@code
 * Endpoint endpoint = Endpoint.of("ice-agent",
 *         (now, d) -> agent.handleInput(now, toCore(d)),
 *         agent::handleTimeout,
 *         () -> { var t = agent.pollTransmit(); return t == null ? null : toTestkit(t); },
 *         agent::pollTimeout);
 * }</pre>
 *
 * <p>The simulation calls these methods from one thread, one at a time, and after every
 * {@code handleInput} or {@code handleTimeout} it drains {@link #pollTransmit()} and reads
 * {@link #pollTimeout()}. It also polls every endpoint before each step, so an endpoint that test
 * code pokes between steps (say, "send a message now") is noticed.
 */
public interface Endpoint {
    /** What {@link #pollTimeout()} returns when the endpoint wants no wake-up. */
    long NEVER = Long.MAX_VALUE;

    /** A datagram addressed to one of this endpoint's bound addresses arrived at {@code nowNanos}. */
    void handleInput(long nowNanos, Datagram datagram);

    /** The time this endpoint asked for through {@link #pollTimeout()} has come. */
    void handleTimeout(long nowNanos);

    /**
     * The next datagram to send, or null when there is none. Its source must be an address this
     * endpoint is bound to; the simulation fails loudly otherwise.
     */
    Datagram pollTransmit();

    /**
     * When this endpoint next wants {@link #handleTimeout}, in virtual nanoseconds, or
     * {@link #NEVER}. A time in the past means "now".
     */
    long pollTimeout();

    /** Receives datagrams; the first parameter is the virtual time in nanoseconds. */
    @FunctionalInterface
    interface InputHandler {
        /** See {@link Endpoint#handleInput}. */
        void handleInput(long nowNanos, Datagram datagram);
    }

    /**
     * An endpoint made of four functions, for adapting a core without writing a class.
     *
     * @param name shown in traces and error messages
     */
    static Endpoint of(String name, InputHandler input, LongConsumer timeout,
            Supplier<Datagram> transmit, LongSupplier nextTimeout) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(transmit, "transmit");
        Objects.requireNonNull(nextTimeout, "nextTimeout");
        return new Endpoint() {
            @Override
            public void handleInput(long nowNanos, Datagram datagram) {
                input.handleInput(nowNanos, datagram);
            }

            @Override
            public void handleTimeout(long nowNanos) {
                timeout.accept(nowNanos);
            }

            @Override
            public Datagram pollTransmit() {
                return transmit.get();
            }

            @Override
            public long pollTimeout() {
                return nextTimeout.getAsLong();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
