package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DtlsTransport#prepare()}: BC sets up ahead of start, and nothing leaves before it. */
class DtlsPrepareTest {
    @Test
    void aPreparedClientSendsNothingUntilStartThenConnectsLikeAnyOther() {
        DtlsPair pair = DtlsPair.plain(21);
        pair.client.dtls.prepare();
        pair.client.dtls.prepare(); // a second call changes nothing
        assertEquals(DtlsState.NEW, pair.client.dtls.state());
        assertNull(pair.client.dtls.pollTransmit(), "the ClientHello waits for start");
        assertEquals(Long.MAX_VALUE, pair.client.dtls.pollTimeout(), "no retransmission timer before start");
        pair.sim.runFor(Duration.ofMillis(500));
        assertTrue(pair.client.sendTimesMillis.isEmpty(), "sent before start: " + pair.client.sendTimesMillis);

        assertTrue(pair.handshake(Duration.ofSeconds(5)), () -> pair.sim.status());
        assertTrue(pair.client.connected() && pair.server.connected());
        assertArrayEquals(pair.client.dtls.srtpKeyingMaterial().material(), pair.server.dtls.srtpKeyingMaterial().material());
        assertEquals(0, pair.client.dtls.stats().retransmitTimeouts());
        List<DtlsState> states = pair.client.events.stream().filter(DtlsEvent.StateChanged.class::isInstance)
                .map(e -> ((DtlsEvent.StateChanged) e).state()).toList();
        assertEquals(List.of(DtlsState.CONNECTING, DtlsState.CONNECTED), states);
    }

    @Test
    void aPreparedClientRetransmitsALostClientHelloOnTheVirtualClock() {
        DtlsPair pair = DtlsPair.plain(22);
        pair.client.dtls.prepare();
        pair.client.dropOutgoing = 1; // the first ClientHello is lost
        assertTrue(pair.handshake(Duration.ofSeconds(10)), () -> pair.sim.status());
        assertTrue(pair.client.connected() && pair.server.connected());
        assertEquals(1, pair.client.dtls.stats().retransmitTimeouts());
    }

    @Test
    void closingAPreparedTransportEndsItsThreadAndSendsNothing() {
        DtlsPair pair = DtlsPair.plain(23);
        pair.client.dtls.prepare();
        pair.client.dtls.close();
        assertEquals(DtlsState.CLOSED, pair.client.dtls.state());
        assertNull(pair.client.dtls.pollTransmit(), "neither the ClientHello nor an alert goes out");
        pair.client.dtls.prepare(); // after close: nothing
        assertNull(pair.client.dtls.pollTransmit());
        assertEquals(0, pair.client.dtls.stats().datagramsSent());
    }

    @Test
    void aServerStartedAheadOfTheClientHelloAnswersIt() {
        DtlsPair pair = DtlsPair.plain(24);
        pair.server.dtls.prepare();
        assertTrue(pair.handshake(Duration.ofSeconds(5)), () -> pair.sim.status());
        assertTrue(pair.client.connected() && pair.server.connected());
    }
}
