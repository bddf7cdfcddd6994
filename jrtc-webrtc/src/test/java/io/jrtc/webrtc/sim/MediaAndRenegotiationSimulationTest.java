package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import io.jrtc.webrtc.RTCStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A data-channel-only connection renegotiated twice while a chat runs on it: the offerer adds a
 * track and a channel, then the answerer adds its own track; raw RTP then flows both ways over a
 * lossy simulated link, and the chat loses nothing.
 */
class MediaAndRenegotiationSimulationTest {
    private static final int PACKETS = 150;

    @Test
    void renegotiationAddsAChannelAndTracksAndRtpFlowsBothWays() {
        SimWorld w = new SimWorld(51);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(25)).loss(0.02).build());
        w.peers(ha, hb);
        RTCDataChannel chat = w.a.pc.createDataChannel("chat");
        w.negotiate();
        w.connect(Duration.ofSeconds(60));
        w.until(() -> chat.readyState() == RTCDataChannelState.OPEN && w.b.remoteChannels.size() == 1,
                Duration.ofSeconds(30), "chat open");
        List<String> chatAtB = new ArrayList<>();
        w.b.remoteChannels.get(0).onMessage(m -> chatAtB.add(m.text()));
        int[] chatSent = {0};
        Runnable talk = () -> chat.send("chat " + chatSent[0]++);

        // Renegotiation from a: a track and another channel.
        MediaStreamTrack audioA = MediaStreamTrack.local("audio");
        int neededA = w.a.negotiationsNeeded;
        w.a.pc.addTrack(audioA, "stream-a");
        RTCDataChannel late = w.a.pc.createDataChannel("late");
        talk.run();
        w.until(() -> w.a.negotiationsNeeded > neededA, Duration.ofSeconds(1), "negotiationneeded at a");
        talk.run();
        w.negotiate();
        for (int i = 0; i < 10; i++) {
            talk.run();
            w.sim.runFor(Duration.ofMillis(20));
        }
        w.until(() -> w.b.tracks.size() == 1 && w.b.remoteChannels.size() == 2, Duration.ofSeconds(10),
                "a's track and channel at b");
        assertEquals(List.of("stream-a"), w.b.tracks.get(0).streamIds());
        assertEquals("late", w.b.remoteChannels.get(1).label());

        // Renegotiation from b: its own track on the transceiver that only received.
        MediaStreamTrack audioB = MediaStreamTrack.local("audio");
        int neededB = w.b.negotiationsNeeded;
        assertEquals(w.b.tracks.get(0).transceiver().sender(), w.b.pc.addTrack(audioB, "stream-b"));
        w.until(() -> w.b.negotiationsNeeded > neededB, Duration.ofSeconds(1), "negotiationneeded at b");
        SimWorld.negotiate(w.b, w.a);
        w.until(() -> w.a.tracks.size() == 1, Duration.ofSeconds(10), "b's track at a");
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, w.a.tracks.get(0).transceiver().currentDirection().orElseThrow());

        RtpFlow atB = new RtpFlow(w.b.tracks.get(0).track(), "a>b ");
        RtpFlow atA = new RtpFlow(w.a.tracks.get(0).track(), "b>a ");
        List<String> lateAtB = new ArrayList<>();
        w.b.remoteChannels.get(1).onMessage(m -> lateAtB.add(m.text()));
        for (int i = 0; i < PACKETS; i++) {
            assertTrue(audioA.writeRtp(RtpFlow.packet(i, "a>b ")));
            assertTrue(audioB.writeRtp(RtpFlow.packet(i, "b>a ")));
            if (i % 5 == 0) {
                talk.run();
                late.send("late " + i / 5);
            }
            w.sim.runFor(Duration.ofMillis(20));
        }
        w.until(() -> chatAtB.size() == chatSent[0] && lateAtB.size() == PACKETS / 5, Duration.ofSeconds(30),
                "every chat message", () -> chatAtB.size() + " of " + chatSent[0]);
        atB.check(PACKETS, PACKETS * 9 / 10, "RTP a>b");
        atA.check(PACKETS, PACKETS * 9 / 10, "RTP b>a");
        Delivery.exactlyInOrder(Delivery.numbers(chatAtB), chatSent[0], "chat");
        Delivery.exactlyInOrder(Delivery.numbers(lateAtB), PACKETS / 5, "late");
        assertEquals(atB.received.size(), packetsReceived(w.b), "b's inbound-rtp counts what its track got");
        assertEquals(atA.received.size(), packetsReceived(w.a), "a's inbound-rtp counts what its track got");
        assertTrue(w.sim.link(ha, hb).stats().lost() > 0, "the link should have lost packets");
    }

    private static long packetsReceived(SimPeer p) {
        List<RTCStats> in = SimWorld.done(p.pc.getStats(), "getStats").ofType("inbound-rtp");
        assertEquals(1, in.size(), in::toString);
        return ((Number) in.get(0).get("packetsReceived")).longValue();
    }
}
