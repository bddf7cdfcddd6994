package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.Lifetime;
import io.jrtc.stun.Nonce;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retransmissions, timeouts and refresh timing in virtual time. */
class TurnClientTimingTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    @Test
    void udpRetransmitsWithDoublingRtoThenFailsAfter39_5s() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        List<Long> sendTimes = new ArrayList<>();
        StunMessage first = h.one();
        sendTimes.add(h.now());
        while (h.step(Long.MAX_VALUE - 1)) {
            for (StunMessage m : h.sent()) {
                assertEquals(first.transactionId(), m.transactionId(), "a retransmission is the same transaction");
                sendTimes.add(h.now());
            }
        }
        // RFC 8489 §6.2.1: with RTO 500 ms, sends at 0, 500, 1500, 3500, 7500, 15500, 31500 ms and
        // failure at 39500 ms.
        assertEquals(List.of(0L, 500 * MS, 1500 * MS, 3500 * MS, 7500 * MS, 15500 * MS, 31500 * MS), sendTimes);
        assertEquals(39_500 * MS, h.now());
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(TurnEvent.Failed.NO_RESPONSE, f.code());
        assertEquals(TurnClient.State.FAILED, h.client.state());
    }

    @Test
    void lostRequestsAreRetransmittedUntilOneGetsThrough() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.sent();                       // the first two transmissions are lost
        h.step(Long.MAX_VALUE - 1);
        h.sent();
        h.step(Long.MAX_VALUE - 1);     // the third arrives and is challenged
        assertEquals(1500 * MS, h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        h.sent();                       // the signed request is lost once
        h.step(Long.MAX_VALUE - 1);
        assertEquals(2000 * MS, h.now(), "a new transaction starts again at the initial RTO");
        h.deliver(h.server.allocated(h.one(), 600));
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
        assertTrue(h.eventsOf(TurnEvent.Failed.class).isEmpty());
    }

    @Test
    void tcpSendsOnceAndFailsAfterTi() {
        ClientHarness h = new ClientHarness(TurnTransport.TCP);
        h.client.allocate(h.now());
        assertEquals(1, h.sentRaw().size());
        while (h.step(Long.MAX_VALUE - 1)) {
            assertTrue(h.sentRaw().isEmpty(), "no retransmission over TCP");
        }
        assertEquals(39_500 * MS, h.now());
        assertEquals(TurnEvent.Failed.NO_RESPONSE, h.eventsOf(TurnEvent.Failed.class).get(0).code());
    }

    @Test
    void aLateResponseToARetransmittedRequestIsAccepted() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        StunMessage signed = h.one();
        h.step(Long.MAX_VALUE - 1);
        h.step(Long.MAX_VALUE - 1);
        assertEquals(2, h.sent().size());
        h.deliver(h.server.allocated(signed, 600));
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
        h.deliver(h.server.allocated(signed, 600));
        assertEquals(1, h.client.stats().unexpected(), "the duplicate response is dropped");
    }

    @Test
    void refreshesAMinuteBeforeExpiryAndFollowsANonceChange() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        long allocatedAt = h.now();
        assertEquals(allocatedAt + 540 * S, h.client.pollTimeout());
        h.step(Long.MAX_VALUE - 1);
        StunMessage refresh = h.one();
        assertEquals(StunMethod.REFRESH, refresh.method());
        assertEquals(600, refresh.get(Lifetime.class).orElseThrow().seconds());
        assertTrue(refresh.checkIntegrity(h.server.key()));

        h.server.nonce = "nonce-2";
        h.deliver(h.server.challenge(refresh, 438));
        StunMessage again = h.one();
        assertEquals("nonce-2", again.get(Nonce.class).orElseThrow().value());
        h.deliver(h.server.success(again, new Lifetime(120)));
        assertEquals(Duration.ofSeconds(120), h.eventsOf(TurnEvent.Refreshed.class).get(0).lifetime());
        // A 120 s lifetime is refreshed at half-time.
        assertEquals(h.now() + 60 * S, h.client.pollTimeout());
    }

    @Test
    void aTransientRefreshErrorIsRetriedWhileTheAllocationLives() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.step(Long.MAX_VALUE - 1);
        assertEquals(540 * S, h.now());
        h.deliver(h.server.error(h.one(), 500));
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(500, f.code());
        assertTrue(!f.allocationLost());
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
        // 60 s remain: try again after half of them, at most 30 s.
        assertEquals(570 * S, h.client.pollTimeout());
        h.step(Long.MAX_VALUE - 1);
        h.deliver(h.server.success(h.one(), new Lifetime(600)));
        assertEquals(1, h.eventsOf(TurnEvent.Refreshed.class).size());
    }

    @Test
    void refreshesThatNeverGetAnAnswerEndBeforeTheAllocationExpires() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        while (h.step(Long.MAX_VALUE - 1)) {
            h.sent();
        }
        assertEquals(TurnClient.State.FAILED, h.client.state());
        assertEquals(600 * S, h.now(), "gave up exactly when the allocation expired");
        List<TurnEvent.Failed> f = h.eventsOf(TurnEvent.Failed.class);
        assertTrue(f.size() >= 2 && f.get(f.size() - 1).allocationLost(), f.toString());
        assertTrue(f.stream().allMatch(e -> e.code() == TurnEvent.Failed.NO_RESPONSE));
        assertTrue(f.get(f.size() - 1).reason().contains("expired"), f.toString());
    }

    @Test
    void refreshFailureWith437MeansTheAllocationIsLost() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.step(Long.MAX_VALUE - 1);
        h.deliver(h.server.error(h.one(), 437));
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(437, f.code());
        assertTrue(f.allocationLost());
        assertEquals(TurnClient.State.FAILED, h.client.state());
    }

    @Test
    void releaseSendsLifetimeZeroAndEndsReleased() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.client.release(h.now());
        StunMessage refresh = h.one();
        assertEquals(0, refresh.get(Lifetime.class).orElseThrow().seconds());
        h.deliver(h.server.success(refresh, new Lifetime(0)));
        assertEquals(List.of(new TurnEvent.Released(true)), h.eventsOf(TurnEvent.Released.class));
        assertEquals(TurnClient.State.RELEASED, h.client.state());
        assertEquals(Long.MAX_VALUE, h.client.pollTimeout());
    }

    @Test
    void releaseWithoutAnswerStillEnds() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.client.release(h.now());
        while (h.step(Long.MAX_VALUE - 1)) {
            h.sent();
        }
        assertEquals(TurnClient.State.RELEASED, h.client.state());
        assertEquals(List.of(new TurnEvent.Released(false)), h.eventsOf(TurnEvent.Released.class));
    }
}
