package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    /**
     * A fatal alert on a live connection (encrypted, epoch 1) fails the transport with the alert
     * named; an application record the peer sent before the alert but that arrives after it is
     * not delivered. The peer is a real BC record layer: BC has no public call to send a fatal
     * alert on a live connection, so the test invokes the one BC itself uses when it fails.
     */
    @ParameterizedTest
    @EnumSource(DtlsRole.class)
    void fatalAlertAfterTheHandshakeFailsAndNothingIsDeliveredAfterIt(DtlsRole alerting) throws Exception {
        DtlsPair pair = DtlsPair.plain(62);
        assertTrue(pair.handshake(Duration.ofSeconds(10)), pair.sim::status);
        DtlsNode from = alerting == DtlsRole.SERVER ? pair.server : pair.client;
        DtlsNode to = alerting == DtlsRole.SERVER ? pair.client : pair.server;
        long now = pair.sim.now();
        assertNull(from.dtls.pollTransmit(), "nothing left over from the handshake");

        from.dtls.send("before".getBytes(StandardCharsets.US_ASCII));
        to.dtls.handleInput(now, from.dtls.pollTransmit());
        to.drainEvents();
        assertEquals(List.of("before"), to.received.stream().map(b -> new String(b, StandardCharsets.US_ASCII)).toList());

        from.dtls.send("late".getBytes(StandardCharsets.US_ASCII));
        byte[] late = from.dtls.pollTransmit();
        sendFatalAlert(from.dtls, AlertDescription.internal_error);
        byte[] alert = from.dtls.pollTransmit();
        assertNotNull(alert, "the alert record");
        assertEquals(21, alert[0], "content type alert");
        assertEquals(1, alert[4], "epoch 1: encrypted under the session keys");

        to.dtls.handleInput(now, alert);
        to.drainEvents();
        assertEquals(DtlsState.FAILED, to.dtls.state(), to.events::toString);
        assertEquals("received fatal alert internal_error(80)", to.failure().reason());
        assertEquals(80, to.failure().alert());
        long droppedBefore = to.dtls.stats().datagramsDropped();
        to.dtls.handleInput(now, late);
        to.drainEvents();
        assertEquals(1, to.received.size(), "the record that arrived after the alert was not delivered");
        assertEquals(droppedBefore + 1, to.dtls.stats().datagramsDropped());
        assertEquals(Long.MAX_VALUE, to.dtls.pollTimeout());
    }

    /** Makes BC's record layer under a connected transport fail with {@code alert}, as BC does on a fatal error. */
    private static void sendFatalAlert(DtlsTransport t, short alert) throws ReflectiveOperationException {
        Field records = DtlsTransport.class.getDeclaredField("records");
        records.setAccessible(true);
        Object transport = records.get(t);
        Field layer = transport.getClass().getDeclaredField("recordLayer");
        layer.setAccessible(true);
        Object recordLayer = layer.get(transport);
        Method fail = recordLayer.getClass().getDeclaredMethod("fail", short.class);
        fail.setAccessible(true);
        fail.invoke(recordLayer, alert);
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
