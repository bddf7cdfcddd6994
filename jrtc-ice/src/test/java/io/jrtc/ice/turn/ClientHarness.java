package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.StunMessage;
import io.jrtc.testkit.VirtualClock;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Drives one {@link TurnClient} in virtual time against a {@link FakeTurnServer}. */
final class ClientHarness {
    final VirtualClock clock = new VirtualClock();
    final FakeTurnServer server = new FakeTurnServer();
    final TurnClient client;
    final List<TurnEvent> events = new ArrayList<>();

    ClientHarness(TurnTransport transport) {
        client = new TurnClient(TurnClientConfig.builder(FakeTurnServer.SERVER, FakeTurnServer.USER,
                FakeTurnServer.PASSWORD).transport(transport).build());
    }

    ClientHarness() {
        this(TurnTransport.UDP);
    }

    long now() {
        return clock.now();
    }

    /** Everything the client wants to send, decoded as STUN. */
    List<StunMessage> sent() {
        List<StunMessage> out = new ArrayList<>();
        for (byte[] b = client.pollTransmit(); b != null; b = client.pollTransmit()) {
            out.add(StunMessage.decode(b));
        }
        return out;
    }

    /** Raw bytes the client wants to send. */
    List<byte[]> sentRaw() {
        List<byte[]> out = new ArrayList<>();
        for (byte[] b = client.pollTransmit(); b != null; b = client.pollTransmit()) {
            out.add(b);
        }
        return out;
    }

    /** The single message the client sends now. */
    StunMessage one() {
        List<StunMessage> s = sent();
        assertTrue(s.size() == 1, "expected one message, got " + s);
        return s.get(0);
    }

    void deliver(byte[] wire) {
        client.handleInput(clock.now(), wire, 0, wire.length);
        drainEvents();
    }

    void drainEvents() {
        for (TurnEvent e = client.pollEvent(); e != null; e = client.pollEvent()) {
            events.add(e);
        }
    }

    /** Advances to the client's next timeout (if not later than {@code limit}) and fires it. */
    boolean step(long limit) {
        long t = client.pollTimeout();
        if (t == Long.MAX_VALUE || t > limit) {
            return false;
        }
        clock.advanceTo(Math.max(t, clock.now()));
        client.handleTimeout(clock.now());
        drainEvents();
        return true;
    }

    void advance(Duration d) {
        clock.advanceBy(d);
        client.handleTimeout(clock.now());
        drainEvents();
    }

    /** Allocates through the 401 dance with this lifetime; leaves no pending output. */
    void allocate(long lifetimeSeconds) {
        client.allocate(now());
        StunMessage first = one();
        deliver(server.challenge(first, 401));
        StunMessage signed = one();
        deliver(server.allocated(signed, lifetimeSeconds));
        assertNotNull(client.relayedAddress());
    }

    <T extends TurnEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
