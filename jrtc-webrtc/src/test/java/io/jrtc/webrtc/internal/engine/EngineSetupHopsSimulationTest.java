package io.jrtc.webrtc.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.DtlsState;
import io.jrtc.sctp.datachannel.DataChannel;
import io.jrtc.sctp.datachannel.DataChannelEvent;
import io.jrtc.sctp.datachannel.DataChannelInit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No step of the setup waits for anything but the peer's datagram (virtual time, a 20 ms link):
 * the SCTP INIT leaves in the same flush as DTLS connects on each side (RFC 8261 §6: SCTP starts
 * once DTLS is up), not a timer or an application round trip later, and a channel created before
 * the connection opens at most two round trips after DTLS connected (INIT, INIT ACK, COOKIE ECHO,
 * COOKIE ACK, RFC 9260 §5.1).
 */
class EngineSetupHopsSimulationTest {
    private static final long ONE_WAY = Duration.ofMillis(20).toNanos();
    /** RFC 6347 §4.1: a record's first byte is its content type; 23 is application_data (SCTP). */
    private static final int APPLICATION_DATA = 23;

    @Test
    void sctpStartsInTheFlushWhereDtlsConnectsAndTheChannelOpensTwoRoundTripsLater() {
        for (long seed = 1; seed <= 5; seed++) {
            EngineWorld w = new EngineWorld(seed).start();
            DataChannel ch = w.a.engine.createDataChannel(w.sim.now(), "setup", DataChannelInit.DEFAULT);
            assertTrue(w.run(() -> w.a.opened(ch) && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(30)),
                    () -> w.a + " / " + w.b);
            long firstConnected = Long.MAX_VALUE;
            for (EnginePeer p : List.of(w.a, w.b)) {
                long connectedAt = dtlsConnectedAt(p);
                firstConnected = Math.min(firstConnected, connectedAt);
                assertEquals(connectedAt, firstApplicationDataAt(p),
                        p.name + ": the first SCTP packet leaves when DTLS connects (seed " + seed + ")");
            }
            long openedAt = openedAt(w.a, ch);
            assertTrue(openedAt - firstConnected <= 4 * ONE_WAY,
                    "the channel opened " + (openedAt - firstConnected) / 1_000_000 + " ms after DTLS connected (seed "
                            + seed + ")");
        }
    }

    private static long dtlsConnectedAt(EnginePeer p) {
        for (int i = 0; i < p.events.size(); i++) {
            if (p.events.get(i) instanceof EngineEvent.DtlsStateChanged s && s.state() == DtlsState.CONNECTED) {
                return p.eventAt.get(i);
            }
        }
        throw new AssertionError(p.name + " never connected DTLS");
    }

    private static long firstApplicationDataAt(EnginePeer p) {
        for (int i = 0; i < p.sent.size(); i++) {
            if (containsApplicationData(p.sent.get(i))) {
                return p.sentAt.get(i);
            }
        }
        throw new AssertionError(p.name + " sent no SCTP packet");
    }

    /** Whether any record of the DTLS datagram is application data (RFC 6347 §4.1: 13-byte headers). */
    private static boolean containsApplicationData(byte[] d) {
        if (d.length == 0 || (d[0] & 0xFF) < 20 || (d[0] & 0xFF) > 63) {
            return false; // STUN (RFC 7983)
        }
        for (int off = 0; off + 13 <= d.length; off += 13 + (((d[off + 11] & 0xFF) << 8) | (d[off + 12] & 0xFF))) {
            if ((d[off] & 0xFF) == APPLICATION_DATA) {
                return true;
            }
        }
        return false;
    }

    private static long openedAt(EnginePeer p, DataChannel ch) {
        for (int i = 0; i < p.events.size(); i++) {
            if (p.events.get(i) instanceof EngineEvent.DataChannel dc && dc.event() instanceof DataChannelEvent.Opened o
                    && o.channel() == ch) {
                return p.eventAt.get(i);
            }
        }
        throw new AssertionError(p.name + " never opened the channel");
    }
}
