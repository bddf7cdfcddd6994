package io.jrtc.ice.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.mdns.MdnsPacket;
import io.jrtc.stun.StunMessage;
import io.jrtc.testkit.Datagram;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded mutations of real traffic into every input of a session: UDP from the TURN server and
 * from peers, bytes on a TURN stream, mDNS. Nothing may throw; what does not parse is counted.
 */
class SessionMutationTest {

    static byte[] mutate(Random r, byte[] in) {
        byte[] b = in.clone();
        switch (r.nextInt(5)) {
            case 0 -> {
                for (int i = r.nextInt(4) + 1; i > 0 && b.length > 0; i--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            case 2 -> {
                b = Arrays.copyOf(b, b.length + r.nextInt(40));
                for (int i = in.length; i < b.length; i++) {
                    b[i] = (byte) r.nextInt(256);
                }
            }
            case 3 -> {
                if (b.length > 4) {
                    int at = r.nextInt(b.length - 2);
                    b[at] = (byte) 0xFF;
                    b[at + 1] = (byte) r.nextInt(256);
                }
            }
            default -> {
                b = new byte[r.nextInt(120)];
                r.nextBytes(b);
            }
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void mutatedUdpIntoARelayedSessionIsDroppedNotThrown(long seed) {
        SessionWorld w = RelaySessionTest.world(seed, NatType.SYMMETRIC, NatType.SYMMETRIC, true);
        assertTrue(w.runUntilConnected(Duration.ofSeconds(10)), w::status);
        assertTrue(w.a.send("x"));
        w.sim.runFor(Duration.ofMillis(200));
        List<Datagram> corpus = new ArrayList<>(w.a.inputs);
        assertTrue(corpus.size() > 5);
        Random r = new Random(seed);
        long before = dropped(w.a.session.stats());
        for (int i = 0; i < 3000; i++) {
            Datagram d = corpus.get(r.nextInt(corpus.size()));
            byte[] bad = mutate(r, d.payload());
            long now = w.sim.now() + i;
            assertDoesNotThrow(() -> w.a.session.handleUdpInput(now, d.destination(), d.source(), bad));
            w.a.drain();
        }
        assertTrue(dropped(w.a.session.stats()) > before, "bad input was counted: " + w.a.session.stats());
    }

    private static long dropped(IceSessionStats s) {
        return s.agent().droppedMalformed() + s.agent().droppedUnknown() + s.agent().droppedBadIntegrity()
                + s.turnDropped() + s.droppedUnroutable();
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void mutatedStreamBytesAndMdnsAreDroppedNotThrown(long seed) {
        Random r = new Random(seed);
        List<byte[]> mdnsCorpus = List.of(MdnsPacket.query("a.local").encode(),
                new MdnsPacket(0, true, List.of(), List.of(io.jrtc.ice.mdns.MdnsRecord.address("a.local",
                        InetAddress.getLoopbackAddress(), 120))).encode());
        FakeTurnServer server = new FakeTurnServer();
        long counted = 0;
        for (int round = 0; round < 100; round++) {
            IceSession s = new IceSession(IceSessionConfig.builder(IceConfig.builder().role(IceRole.CONTROLLING)
                    .random(new Random(seed + round)).build())
                    .turnServer(TurnServer.of("turn:192.0.2.1:3478?transport=tcp", FakeTurnServer.USER,
                            FakeTurnServer.PASSWORD))
                    .obfuscateHostCandidates(true).build());
            s.addHostAddress(new InetSocketAddress("198.51.100.1", 5000));
            s.startGathering(0);
            s.handleStreamConnected(1, 1);
            // Real responses to what the client sent: a 401 challenge, then success, both mutated.
            List<byte[]> corpus = new ArrayList<>();
            for (SessionTransmit t = s.pollTransmit(); t != null; t = s.pollTransmit()) {
                if (t instanceof SessionTransmit.StreamData d && StunMessage.isStun(d.bytes(), 0, d.bytes().length)) {
                    StunMessage m = StunMessage.decode(d.bytes());
                    corpus.add(server.challenge(m, 401));
                    corpus.add(server.allocated(m, 600));
                }
            }
            assertTrue(!corpus.isEmpty(), "the client sent its Allocate on the stream");
            for (int i = 0; i < 20; i++) {
                byte[] bad = mutate(r, corpus.get(r.nextInt(corpus.size())));
                int off = bad.length == 0 ? 0 : r.nextInt(bad.length);
                long now = 2 + i;
                assertDoesNotThrow(() -> s.handleStreamInput(now, 1, bad, off, bad.length - off));
                byte[] mdns = mutate(r, mdnsCorpus.get(r.nextInt(mdnsCorpus.size())));
                assertDoesNotThrow(() -> s.handleMdnsInput(now, new InetSocketAddress("198.51.100.9", 5353), mdns, 0,
                        mdns.length));
                assertDoesNotThrow(() -> s.handleUdpInput(now, new InetSocketAddress("198.51.100.1", 5000),
                        new InetSocketAddress("192.0.2.1", 3478), bad));
                while (s.pollTransmit() != null || s.pollEvent() != null) {
                    // drain
                }
            }
            assertDoesNotThrow(() -> s.handleTimeout(s.pollTimeout() == Long.MAX_VALUE ? 100 : s.pollTimeout()));
            IceSessionStats st = s.stats();
            counted += st.turnDropped() + st.mdnsMalformed() + st.agent().droppedMalformed() + st.agent().droppedUnknown();
        }
        assertTrue(counted > 0, "malformed input was counted");
    }
}
