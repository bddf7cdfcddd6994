package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds arbitrary datagrams to a server waiting for its ClientHello and to a connected client,
 * and checks the invariants: nothing throws, states stay legal, a connected transport never
 * delivers data it did not decrypt (garbage cannot forge a record), and a client hit by garbage
 * stays connected (records that fail authentication are discarded, RFC 6347 §4.1.2.7).
 */
final class GarbageHarness {
    private long now = 1;
    private DtlsTransport waitingServer;
    private DtlsTransport connected;
    private final List<byte[]> handshakeDatagrams = new ArrayList<>();

    GarbageHarness() {
        DtlsPair pair = DtlsPair.plain(99);
        pair.sim.tap(e -> {
            if (e.kind() == io.jrtc.testkit.TraceEvent.Kind.SEND) {
                handshakeDatagrams.add(e.datagram().payload());
            }
        });
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        connected = pair.client.dtls;
        drain(connected);
    }

    /** Real handshake datagrams, good seeds for mutation. */
    List<byte[]> handshakeDatagrams() {
        return handshakeDatagrams;
    }

    void feedWaitingServer(byte[] datagram) {
        if (waitingServer == null || waitingServer.state() != DtlsState.CONNECTING) {
            if (waitingServer != null) {
                waitingServer.close();
            }
            waitingServer = new DtlsTransport(DtlsConfig.builder().role(DtlsRole.SERVER)
                    .certificate(DtlsPair.SERVER_CERT).remoteFingerprint(DtlsPair.CLIENT_CERT.fingerprint()).build());
            waitingServer.start(now);
        }
        now += 1_000_000;
        waitingServer.handleInput(now, datagram);
        if (waitingServer.pollTimeout() <= now) {
            waitingServer.handleTimeout(now);
        }
        drain(waitingServer);
        assertNotNull(waitingServer.state());
    }

    void feedConnected(byte[] datagram) {
        now += 1_000_000;
        connected.handleInput(now, datagram);
        List<DtlsEvent> events = new ArrayList<>();
        for (DtlsEvent e; (e = connected.pollEvent()) != null; ) {
            events.add(e);
            assertTrue(!(e instanceof DtlsEvent.ApplicationData), "garbage became application data");
        }
        drain(connected);
        assertTrue(connected.state() == DtlsState.CONNECTED, () -> "garbage broke the connection: " + events
                + " input " + java.util.HexFormat.of().formatHex(datagram));
    }

    void close() {
        if (waitingServer != null) {
            waitingServer.close();
        }
    }

    private static void drain(DtlsTransport t) {
        while (t.pollTransmit() != null) {
            // discard
        }
        while (t.pollEvent() != null) {
            // discard
        }
    }
}
