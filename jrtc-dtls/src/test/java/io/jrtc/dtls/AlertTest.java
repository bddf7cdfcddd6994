package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Fatal alerts end a transport in FAILED with the alert named; warnings do not. */
class AlertTest {
    private static DtlsTransport connectingClient() {
        DtlsTransport client = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.CLIENT)
                .certificate(DtlsPair.CLIENT_CERT).remoteFingerprint(DtlsPair.SERVER_CERT.fingerprint()).build());
        client.start(0);
        assertTrue(client.pollTransmit() != null, "a ClientHello");
        return client;
    }

    @Test
    void receivedFatalAlertDuringTheHandshakeFailsWithItsName() {
        DtlsTransport client = connectingClient();
        // Epoch 0 records are unauthenticated, so the peer's handshake_failure(40) is read as sent (RFC 6347 §4.1).
        client.handleInput(1_000, HexFormat.of().parseHex("15fefd00000000000000000002" + "0228"));
        assertEquals(DtlsState.FAILED, client.state());
        DtlsEvent.Failed failed = lastFailure(client);
        assertEquals("received fatal alert handshake_failure(40)", failed.reason());
        assertEquals(40, failed.alert());
        assertEquals(Long.MAX_VALUE, client.pollTimeout());
        client.handleInput(2_000, HexFormat.of().parseHex("15fefd00000000000000010002" + "0228"));
        assertEquals(1, client.stats().datagramsDropped(), "input after failure is dropped and counted");
    }

    @Test
    void warningAlertIsNotFatal() {
        DtlsTransport client = connectingClient();
        client.handleInput(1_000, HexFormat.of().parseHex("15fefd00000000000000000002" + "015a")); // user_canceled(90)
        assertEquals(DtlsState.CONNECTING, client.state());
        client.close();
        assertEquals(DtlsState.CLOSED, client.state());
    }

    @Test
    void closeDuringTheHandshakeEndsTheHandshakeThread() {
        DtlsPair pair = DtlsPair.plain(61);
        pair.server.start(0);
        pair.server.dtls.close();
        assertEquals(DtlsState.CLOSED, pair.server.dtls.state());
        assertEquals(Long.MAX_VALUE, pair.server.dtls.pollTimeout());
        pair.client.start(0);
        assertTrue(pair.sim.runUntil(() -> pair.client.settled(), Duration.ofSeconds(60)));
        assertEquals(DtlsState.FAILED, pair.client.dtls.state(), "nobody answers a closed server");
    }

    private static DtlsEvent.Failed lastFailure(DtlsTransport t) {
        DtlsEvent.Failed failed = null;
        for (DtlsEvent e; (e = t.pollEvent()) != null; ) {
            if (e instanceof DtlsEvent.Failed f) {
                failed = f;
            }
        }
        return failed;
    }
}
