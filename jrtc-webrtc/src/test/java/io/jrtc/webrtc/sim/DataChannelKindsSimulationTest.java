package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.GilbertElliott;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of data channel between two {@code RTCPeerConnection}s over a lossy simulated link,
 * each checked for what its reliability mode promises: reliable ordered, reliable unordered,
 * {@code maxRetransmits: 0}, {@code maxPacketLifeTime}, and a negotiated channel with a fixed id.
 */
class DataChannelKindsSimulationTest {
    private static final int N = 200;
    private static final Duration DELAY = Duration.ofMillis(30);

    @Test
    void everyKindOverFivePercentRandomLoss() {
        everyKind(11, LinkConditions.builder().delay(DELAY).jitter(Duration.ofMillis(4)).loss(0.05).build());
    }

    @Test
    void everyKindOverBurstyGilbertElliottLoss() {
        everyKind(12, LinkConditions.builder().delay(DELAY).burstLoss(GilbertElliott.bursts(0.04, 4)).build());
    }

    private static void everyKind(long seed, LinkConditions link) {
        SimWorld w = new SimWorld(seed);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, link);
        w.peers(ha, hb);
        Map<String, RTCDataChannel> out = new HashMap<>();
        out.put("ro", w.a.pc.createDataChannel("ro", RTCDataChannelInit.defaults()));
        out.put("ru", w.a.pc.createDataChannel("ru", RTCDataChannelInit.builder().ordered(false).build()));
        out.put("rtx0", w.a.pc.createDataChannel("rtx0", RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).build()));
        // 50 ms is below a round trip (60 ms): a lost message cannot be repaired in time.
        out.put("life", w.a.pc.createDataChannel("life", RTCDataChannelInit.builder().maxPacketLifeTime(50).build()));
        RTCDataChannelInit fixed = RTCDataChannelInit.builder().negotiated(true).id(7).build();
        RTCDataChannel negA = w.a.pc.createDataChannel("neg", fixed);
        RTCDataChannel negB = w.b.pc.createDataChannel("neg", fixed);
        w.negotiate();
        w.connect(Duration.ofSeconds(60));
        w.until(() -> w.b.remoteChannels.size() == 4 && negA.readyState() == RTCDataChannelState.OPEN
                && negB.readyState() == RTCDataChannelState.OPEN
                && out.values().stream().allMatch(c -> c.readyState() == RTCDataChannelState.OPEN),
                Duration.ofSeconds(30), "every channel open");

        Map<String, List<String>> atB = new HashMap<>();
        for (RTCDataChannel c : w.b.remoteChannels) {
            List<String> got = new ArrayList<>();
            atB.put(c.label(), got);
            c.onMessage(m -> got.add(m.text()));
        }
        List<String> negAtB = new ArrayList<>();
        List<String> negAtA = new ArrayList<>();
        negB.onMessage(m -> negAtB.add(m.text()));
        negA.onMessage(m -> negAtA.add(m.text()));
        List<byte[]> binaryAtA = new ArrayList<>();
        RTCDataChannel roAtB = w.b.remoteChannels.stream().filter(c -> c.label().equals("ro")).findFirst().orElseThrow();
        w.a.remoteChannels.forEach(c -> c.onMessage(m -> binaryAtA.add(m.binary())));
        out.get("ro").onMessage(m -> binaryAtA.add(m.binary()));

        for (int i = 0; i < N; i++) {
            // Every fifth reliable message spans several packets (SCTP fragments it to the path MTU).
            String pad = "x".repeat(i % 5 == 0 ? 3000 : 100);
            for (String label : List.of("ro", "ru", "rtx0", "life")) {
                // rtx0's messages nearly fill a packet each, so the link's loss reaches them
                // whatever the bundling, rather than only when a packet it shares is lost.
                String body = label.equals("rtx0") ? "z".repeat(1000) : label.equals("life") ? "y" : pad;
                out.get(label).send(label + " " + i + " " + body);
            }
            negA.send("neg " + i + " " + pad);
            negB.send("neg " + i + " from b");
            roAtB.send(binary(i));
            w.sim.runFor(Duration.ofMillis(10));
        }
        w.until(() -> atB.get("ro").size() == N && atB.get("ru").size() == N && negAtB.size() == N
                && negAtA.size() == N && binaryAtA.size() == N, Duration.ofSeconds(120), "every reliable message",
                () -> "ro " + atB.get("ro").size() + " ru " + atB.get("ru").size() + " neg " + negAtB.size() + "/"
                        + negAtA.size() + " binary " + binaryAtA.size());
        w.sim.runFor(Duration.ofSeconds(5)); // whatever partial reliability still delivers

        Delivery.exactlyInOrder(Delivery.numbers(atB.get("ro")), N, "ro");
        Delivery.exactlyOnceAnyOrder(Delivery.numbers(atB.get("ru")), N, "ru");
        Delivery.someLostNoneTwice(Delivery.numbers(atB.get("rtx0")), N, false, N / 2, "rtx0");
        Delivery.someLostNoneTwice(Delivery.numbers(atB.get("life")), N, true, N / 10, "life");
        Delivery.exactlyInOrder(Delivery.numbers(negAtB), N, "neg a>b");
        Delivery.exactlyInOrder(Delivery.numbers(negAtA), N, "neg b>a");
        for (int i = 0; i < N; i++) {
            assertArrayEquals(binary(i), binaryAtA.get(i), "binary message " + i + " b>a");
        }
        assertEquals(7, negA.id().orElseThrow());
        assertEquals(7, negB.id().orElseThrow());
        assertFalse(w.a.events.contains("datachannel:neg") || w.b.events.contains("datachannel:neg"),
                "a negotiated channel is not announced");
        assertTrue(w.sim.link(ha, hb).stats().lost() > 0 && w.sim.link(hb, ha).stats().lost() > 0,
                "the link should have lost packets both ways");
        RTCDataChannel ruAtB = w.b.remoteChannels.stream().filter(c -> c.label().equals("ru")).findFirst().orElseThrow();
        assertFalse(ruAtB.ordered());
        RTCDataChannel rtx0AtB = w.b.remoteChannels.stream().filter(c -> c.label().equals("rtx0")).findFirst().orElseThrow();
        assertEquals(0, rtx0AtB.maxRetransmits().orElseThrow());
        RTCDataChannel lifeAtB = w.b.remoteChannels.stream().filter(c -> c.label().equals("life")).findFirst().orElseThrow();
        assertEquals(50, lifeAtB.maxPacketLifeTime().orElseThrow());
    }

    /** A binary message that names its number and carries bytes that are not text. */
    private static byte[] binary(int i) {
        ByteBuffer b = ByteBuffer.allocate(4 + 1200 + i % 7);
        b.putInt(i);
        while (b.hasRemaining()) {
            b.put((byte) (b.position() * 31 + i));
        }
        return b.array();
    }
}
