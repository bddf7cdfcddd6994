package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.DropReason;
import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceConnectionState;
import io.jrtc.webrtc.RTCPeerConnectionState;
import io.jrtc.webrtc.RTCSignalingState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICE restart in the middle of a transfer, and close() from either side, over a lossy simulated link. */
class RestartAndCloseSimulationTest {
    private static final LinkConditions LOSSY = LinkConditions.builder().delay(Duration.ofMillis(25))
            .jitter(Duration.ofMillis(3)).loss(0.03).build();

    private static SimWorld connected(long seed, List<RTCDataChannel> channels) {
        SimWorld w = new SimWorld(seed);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, LOSSY);
        w.peers(ha, hb);
        RTCDataChannel ch = w.a.pc.createDataChannel("bulk");
        w.negotiate();
        w.connect(Duration.ofSeconds(60));
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN && w.b.remoteChannels.size() == 1,
                Duration.ofSeconds(30), "the channel open at both ends");
        channels.add(ch);
        channels.add(w.b.remoteChannels.get(0));
        return w;
    }

    @Test
    void iceRestartMidTransferLosesNoReliableMessage() {
        List<RTCDataChannel> chs = new ArrayList<>();
        SimWorld w = connected(31, chs);
        List<String> got = new ArrayList<>();
        chs.get(1).onMessage(m -> got.add(m.text()));
        String ufragA = SimPeer.ufrag(w.a.pc.localDescription().orElseThrow().sdp());
        String ufragB = SimPeer.ufrag(w.b.pc.localDescription().orElseThrow().sdp());
        for (int i = 0; i < 100; i++) {
            chs.get(0).send("before " + i + " " + "x".repeat(1000));
        }
        w.until(() -> got.size() >= 20, Duration.ofSeconds(10), "the transfer under way");
        assertTrue(got.size() < 100, "the restart must come in the middle of the transfer: " + got.size());
        int needed = w.a.negotiationsNeeded;
        w.a.pc.restartIce();
        w.until(() -> w.a.negotiationsNeeded > needed, Duration.ofSeconds(1), "negotiationneeded after restartIce");
        w.negotiate();
        for (int i = 0; i < 100; i++) {
            chs.get(0).send("after " + i + " " + "x".repeat(1000));
        }
        w.until(() -> got.size() == 200, Duration.ofSeconds(120), "all 200 messages", () -> "got " + got.size());
        for (int i = 0; i < 100; i++) {
            assertEquals("before " + i, got.get(i).substring(0, got.get(i).lastIndexOf(' ')));
            assertEquals("after " + i, got.get(100 + i).substring(0, got.get(100 + i).lastIndexOf(' ')));
        }
        String newA = SimPeer.ufrag(w.a.pc.localDescription().orElseThrow().sdp());
        assertNotEquals(ufragA, newA, "the offer restarted ICE");
        assertNotEquals(ufragB, SimPeer.ufrag(w.b.pc.localDescription().orElseThrow().sdp()), "so did the answer");
        assertTrue(w.b.candidatesReceived.stream().anyMatch(c -> c.usernameFragment().orElse("").equals(newA)),
                "a gathered and trickled candidates of the new generation");
        w.until(() -> w.a.pc.iceConnectionState() == RTCIceConnectionState.CONNECTED
                && w.b.pc.iceConnectionState() == RTCIceConnectionState.CONNECTED, Duration.ofSeconds(30),
                "ICE connected on the new credentials");
        chs.get(0).send("last x");
        w.until(() -> got.size() == 201, Duration.ofSeconds(30), "a message after the restart settled");
        assertTrue(w.a.candidateErrors.isEmpty() && w.b.candidateErrors.isEmpty(),
                () -> w.a.candidateErrors + " " + w.b.candidateErrors);
        assertTrue(w.sim.dropCount(DropReason.LOSS) > 0, "the link should have lost packets");
    }

    @Test
    void closeFromTheOffererIsSeenByTheAnswerer() {
        closeFrom(true);
    }

    @Test
    void closeFromTheAnswererIsSeenByTheOfferer() {
        closeFrom(false);
    }

    private static void closeFrom(boolean offererCloses) {
        List<RTCDataChannel> chs = new ArrayList<>();
        SimWorld w = connected(offererCloses ? 41 : 42, chs);
        SimPeer closer = offererCloses ? w.a : w.b;
        SimPeer other = offererCloses ? w.b : w.a;
        RTCDataChannel closerChannel = chs.get(offererCloses ? 0 : 1);
        RTCDataChannel otherChannel = chs.get(offererCloses ? 1 : 0);
        List<String> seen = new ArrayList<>();
        otherChannel.onClosing(() -> seen.add("closing"));
        otherChannel.onClose(() -> seen.add("close"));
        closerChannel.onClose(() -> seen.add("closer's close"));
        other.pc.dtlsTransport().onStateChange(s -> seen.add("dtls:" + s));
        int eventsBefore = closer.events.size();
        int otherBefore = other.events.size();

        closer.pc.close();
        assertEquals(RTCSignalingState.CLOSED, closer.pc.signalingState());
        assertEquals(RTCPeerConnectionState.CLOSED, closer.pc.connectionState());
        assertEquals(RTCIceConnectionState.CLOSED, closer.pc.iceConnectionState());
        assertEquals(RTCDataChannelState.CLOSED, closerChannel.readyState());

        w.until(() -> seen.contains("close"), Duration.ofSeconds(30), "the peer's channel close event", seen::toString);
        assertEquals(RTCDataChannelState.CLOSED, otherChannel.readyState());
        // The closed side answers no more consent checks: the peer's ICE and connection fail (RFC 7675).
        w.until(() -> other.pc.connectionState() == RTCPeerConnectionState.FAILED, Duration.ofSeconds(60),
                "the peer's connection failed once consent expired");
        assertEquals(List.of("close", "dtls:closed"), seen, "the channel closes, then DTLS (close_notify)");
        assertEquals(List.of("ice:disconnected", "connection:disconnected", "ice:failed", "connection:failed"),
                other.events.subList(otherBefore, other.events.size()));
        assertEquals(eventsBefore, closer.events.size(), () -> "close() fired events: " + closer.events);
        assertTrue(!seen.contains("closer's close"), "close() fires no channel close event on the closing side");
        assertNotEquals(RTCSignalingState.CLOSED, other.pc.signalingState());
    }
}
