package io.jrtc.interop.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCPeerConnection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * jrtc against werift (TypeScript) and node-datachannel (libdatachannel: usrsctp, libjuice), each
 * with jrtc as offerer and as answerer: the data channel opens and 1,000 messages (text and binary,
 * 1 byte to 2 KB) come back from the peer's echo in order and intact. The Node peers run as child
 * processes on 127.0.0.1 (jrtc-interop/peers; werift's only ICE server is a local coturn).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NodePeersInteropTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NodePeersInteropTest.class);
    private static final int MESSAGES = 1000;
    private static Coturn coturn;

    @BeforeAll
    static void startCoturn() throws Exception {
        NodePeer.requireInstalled();
        coturn = Coturn.start(null);
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    /** Message i: text for even i, binary for odd i; sizes vary so that some need several chunks' worth of bytes. */
    static Object message(int i) {
        int size = 1 + (i * 37) % 2000;
        if (i % 2 == 0) {
            StringBuilder s = new StringBuilder("m" + i + ":");
            while (s.length() < size) {
                s.append((char) ('a' + (s.length() + i) % 26)).append('é');
            }
            return s.toString();
        }
        byte[] b = new byte[size];
        for (int k = 0; k < size; k++) {
            b[k] = (byte) (k * 31 + i);
        }
        return b;
    }

    static String show(Object m) {
        return m instanceof byte[] b ? "bin:" + HexFormat.of().formatHex(b) : "txt:" + m;
    }

    /**
     * Path MTU discovery (RFC 8899) is on by default: jrtc probes with HEARTBEATs padded up to 16 KB,
     * which the peer must echo in its HEARTBEAT ACK and survive whatever it does with them (werift
     * 0.24 tore the association down on the PAD chunk jrtc sent before). "default" runs the
     * defaults, "off" sets {@code pathMtuDiscovery(false)}. After the echo the test checks that
     * probes were sent, the peer still echoes, and it reported no error on stdout or stderr; the
     * packet size reached is logged.
     */
    @ParameterizedTest(name = "{0}, jrtc {1}, path MTU discovery {2}")
    @CsvSource({"werift, offers, default", "werift, answers, default", "node-datachannel, offers, default",
            "node-datachannel, answers, default", "werift, offers, off", "node-datachannel, answers, off"})
    void dataChannelOpensAndEchoesThousandMessagesInOrder(String stack, String jrtcRole, String pmtud) throws Exception {
        boolean jrtcOffers = jrtcRole.equals("offers");
        JrtcSettings.Builder b = JrtcSettings.builder().loopbackOnly(true);
        JrtcSettings settings = (pmtud.equals("off") ? b.pathMtuDiscovery(false) : b).build();
        assertEquals(!pmtud.equals("off"), settings.pathMtuDiscovery());
        AtomicReference<JrtcSide> side = new AtomicReference<>();
        CompletableFuture<JrtcSide> sideReady = new CompletableFuture<>();
        try (RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), settings);
                NodePeer peer = NodePeer.start(line -> sideReady.join().receive(line), "peer.mjs", stack,
                        jrtcOffers ? "answer" : "offer", String.valueOf(coturn.address.getPort()))) {
            long t0 = System.nanoTime();
            pc.onIceConnectionStateChange(st -> LOG.debug("{} {}: +{} ms ice {}", stack, jrtcRole, (System.nanoTime() - t0) / 1_000_000, st));
            pc.onConnectionStateChange(st -> LOG.debug("{} {}: +{} ms pc {}", stack, jrtcRole, (System.nanoTime() - t0) / 1_000_000, st));
            side.set(new JrtcSide(pc, line -> {
                LOG.debug("{} {}: +{} ms to peer {}", stack, jrtcRole, (System.nanoTime() - t0) / 1_000_000, line.length() > 90 ? line.substring(0, 90) : line);
                peer.send(line);
            }));
            sideReady.complete(side.get());
            peer.awaitEvent("\"ready\"", 30, TimeUnit.SECONDS);

            CompletableFuture<RTCDataChannel> channel = new CompletableFuture<>();
            List<String> echoed = new CopyOnWriteArrayList<>();
            CountDownLatch allBack = new CountDownLatch(MESSAGES);
            java.util.function.Consumer<RTCDataChannel> use = ch -> {
                ch.onMessage(m -> {
                    echoed.add(m.isText() ? "txt:" + m.text() : show(bytes(m.data())));
                    allBack.countDown();
                });
                if (ch.readyState() == RTCDataChannelState.OPEN) {
                    channel.complete(ch);
                } else {
                    ch.onOpen(() -> channel.complete(ch));
                }
            };
            if (jrtcOffers) {
                use.accept(pc.createDataChannel("echo"));
                side.get().offer();
            } else {
                pc.onDataChannel(use);
            }
            long started = System.nanoTime();
            RTCDataChannel ch = channel.get(30, TimeUnit.SECONDS);
            long opened = System.nanoTime();
            peer.awaitEvent("\"open\"", 30, TimeUnit.SECONDS);
            assertEquals("echo", ch.label());

            List<String> sent = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                Object m = message(i);
                sent.add(show(m));
                if (m instanceof String s) {
                    ch.send(s);
                } else {
                    ch.send((byte[]) m);
                }
            }
            assertTrue(allBack.await(60, TimeUnit.SECONDS),
                    () -> "only " + echoed.size() + " of " + MESSAGES + " echoed; peer stderr: " + peer.stderr());
            LOG.info("{}, jrtc {}: channel open after {} ms, 1,000-message echo in {} ms", stack, jrtcRole,
                    (opened - started) / 1_000_000, (System.nanoTime() - opened) / 1_000_000);
            assertEquals(sent.size(), echoed.size());
            for (int i = 0; i < MESSAGES; i++) {
                assertEquals(sent.get(i), echoed.get(i), "message " + i + " came back changed or out of order");
            }
            assertEquals(List.of(), side.get().errors, "signaling errors");

            io.jrtc.webrtc.RTCStats t = pc.getStats().get(10, TimeUnit.SECONDS).ofType("transport").get(0);
            long probes = ((Number) t.get("sctpPathMtuProbes")).longValue();
            LOG.info("{}, jrtc {}, path MTU discovery {}: SCTP packet size {} after {} probes", stack, jrtcRole, pmtud,
                    t.get("sctpPathMtu"), probes);
            if (settings.pathMtuDiscovery()) {
                // node-datachannel (usrsctp) echoes no HEARTBEAT larger than its own 1,200-byte MTU:
                // its size stays at the base, its first probe is resent every 15 s
                assertTrue(probes >= 1, () -> "probes sent: " + t);
                assertTrue(((Number) t.get("sctpPathMtu")).intValue() >= 1200 - (13 + 8 + 16), t::toString);
            } else {
                assertEquals(0, probes, () -> "no probe when switched off: " + t);
                assertEquals(1200 - (13 + 8 + 16), ((Number) t.get("sctpPathMtu")).intValue());
            }
            // the peer is alive after the probes: one more message goes round
            CountDownLatch last = new CountDownLatch(1);
            ch.onMessage(m -> last.countDown());
            ch.send("after the probes");
            assertTrue(last.await(20, TimeUnit.SECONDS), () -> "no echo after the probes; stderr: " + peer.stderr());
            List<String> reported = peer.drainEvents();
            assertTrue(reported.stream().noneMatch(e -> e.contains("\"error\"") || e.contains("\"exit\"")),
                    () -> "the peer reported " + reported + "; stderr: " + peer.stderr());
            assertTrue(peer.stderr().isBlank(), () -> "the peer's stderr: " + peer.stderr());
        }
    }

    private static byte[] bytes(java.nio.ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }

}
