package io.jrtc.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The AES-GCM record path after the handshake: tampered, replayed and good records, and the caller's arrays. */
class RecordPathTest {
    private static List<byte[]> drainData(DtlsTransport t) {
        List<byte[]> data = new ArrayList<>();
        for (DtlsEvent e; (e = t.pollEvent()) != null; ) {
            if (e instanceof DtlsEvent.ApplicationData d) {
                data.add(d.data());
            }
        }
        return data;
    }

    @Test
    void tamperedRecordsAreDroppedAndGoodOnesDeliveredOnce() {
        DtlsPair pair = DtlsPair.plain(41);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        pair.server.drainEvents();
        byte[] message = new byte[1163];
        new Random(5).nextBytes(message);
        pair.client.dtls.send(message);
        byte[] record = pair.client.dtls.pollTransmit();
        assertNotNull(record);
        assertEquals(message.length + 13 + 8 + 16, record.length, "one AES-GCM record: header, explicit nonce, tag");
        DtlsTransport server = pair.server.dtls;
        long now = pair.sim.now();

        Random r = new Random(6);
        for (int i = 0; i < 200; i++) {
            byte[] bad = record.clone();
            int at = 13 + r.nextInt(bad.length - 13); // anywhere in nonce, ciphertext or tag
            bad[at] ^= (byte) (1 << r.nextInt(8));
            server.handleInput(now, bad);
            assertTrue(drainData(server).isEmpty(), "a tampered record was delivered");
            assertEquals(DtlsState.CONNECTED, server.state());
        }

        byte[] copy = record.clone();
        server.handleInput(now, record);
        assertArrayEquals(copy, record, "the caller's datagram is left as it was");
        List<byte[]> got = drainData(server);
        assertEquals(1, got.size());
        assertArrayEquals(message, got.get(0));

        server.handleInput(now, record.clone()); // a replay (RFC 6347 §4.1.2.6)
        assertTrue(drainData(server).isEmpty(), "a replayed record was delivered");
        assertEquals(DtlsState.CONNECTED, server.state());
    }

    @Test
    void manyRecordsEachWayRoundTrip() {
        DtlsPair pair = DtlsPair.plain(42);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        pair.client.drainEvents();
        pair.server.drainEvents();
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            boolean fromClient = (i & 1) == 0;
            DtlsTransport tx = fromClient ? pair.client.dtls : pair.server.dtls;
            DtlsTransport rx = fromClient ? pair.server.dtls : pair.client.dtls;
            byte[] m = new byte[1 + r.nextInt(1163)];
            r.nextBytes(m);
            tx.send(m);
            rx.handleInput(pair.sim.now(), tx.pollTransmit());
            List<byte[]> got = drainData(rx);
            assertEquals(1, got.size());
            assertArrayEquals(m, got.get(0));
        }
    }

    /**
     * After the handshake one record may carry up to 2^14 bytes (RFC 6347 §4.1), above the 1200-byte
     * MTU the flights are cut to: SCTP with Path MTU discovery sends packets that large.
     */
    @Test
    void recordsUpToThePlaintextLimitPassAndLargerOnesAreRefused() {
        DtlsPair pair = DtlsPair.plain(43);
        assertTrue(pair.handshake(Duration.ofSeconds(5)));
        pair.client.drainEvents();
        pair.server.drainEvents();
        Random r = new Random(8);
        for (int size : new int[] {1200, 4000, 9000, 16_384}) {
            byte[] m = new byte[size];
            r.nextBytes(m);
            pair.client.dtls.send(m);
            byte[] record = pair.client.dtls.pollTransmit();
            assertEquals(size + 13 + 8 + 16, record.length, "one record, not fragmented");
            assertEquals(null, pair.client.dtls.pollTransmit());
            pair.server.dtls.handleInput(pair.sim.now(), record);
            List<byte[]> got = drainData(pair.server.dtls);
            assertEquals(1, got.size());
            assertArrayEquals(m, got.get(0));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> pair.client.dtls.send(new byte[16_385]));
        assertEquals(DtlsState.CONNECTED, pair.client.dtls.state());
    }
}
