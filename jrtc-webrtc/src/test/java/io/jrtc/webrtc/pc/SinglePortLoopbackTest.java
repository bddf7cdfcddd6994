package io.jrtc.webrtc.pc;

import static io.jrtc.webrtc.pc.Peers.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.webrtc.JrtcSettings;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCIceCandidate;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * JrtcSettings.singlePort through the W3C API: twenty answering connections share one UDP socket
 * (as a server runs), each with its own offerer, and each carries its own data channel messages.
 */
class SinglePortLoopbackTest {
    private static final int PAIRS = 20;

    @Test
    void twentyAnswerersShareOnePortAndEachEchoesItsOwnMessages() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free now; the first answerer binds it
        }
        JrtcSettings shared = JrtcSettings.builder().loopbackOnly(true).ipv6(false).singlePort(port).build();
        List<Peers> pairs = new ArrayList<>();
        Set<Integer> answererPorts = ConcurrentHashMap.newKeySet();
        try {
            List<CompletableFuture<String>> echoes = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                Peers p = new Peers(new Peers.Side("offerer" + i, RTCConfiguration.defaults(), Peers.LOOPBACK),
                        new Peers.Side("answerer" + i, RTCConfiguration.defaults(), shared));
                pairs.add(p);
                Peers.Side b = p.b;
                Peers.Side a = p.a;
                b.pc.onIceCandidate(c -> {
                    if (c != null) {
                        answererPorts.add(port(c));
                        a.receiveCandidate(c);
                    }
                });
                b.pc.onDataChannel(far -> far.onMessage(m -> far.send("echo " + m.text())));
                RTCDataChannel ch = a.pc.createDataChannel("pair" + i);
                CompletableFuture<String> echoed = new CompletableFuture<>();
                String text = "message of pair " + i;
                ch.onOpen(() -> ch.send(text));
                ch.onMessage(m -> echoed.complete(m.text()));
                echoes.add(echoed);
                p.negotiate();
            }
            for (int i = 0; i < PAIRS; i++) {
                assertEquals("echo message of pair " + i, await(echoes.get(i), "pair " + i + "'s echo"));
            }
            assertEquals(Set.of(port), answererPorts, "every answerer's candidate is the one shared port");
        } finally {
            pairs.forEach(Peers::close);
        }
    }

    private static int port(RTCIceCandidate c) {
        return c.port().orElseThrow();
    }
}
