package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.Nat;
import io.jrtc.testkit.NatType;
import io.jrtc.testkit.Trace;
import io.jrtc.testkit.TraceEvent;
import io.jrtc.webrtc.MediaStreamTrack;
import io.jrtc.webrtc.RTCConfiguration;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import io.jrtc.webrtc.RTCIceServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seed fixes a peer-connection simulation: the same seed gives the same packets at the same
 * virtual times, the same drops and the same events; another seed another run.
 */
class DeterminismSimulationTest {

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedAnotherOne() {
        List<String> first = run(71);
        List<String> second = run(71);
        assertTrue(first.size() > 500, () -> "a run this small proves little: " + first.size() + " lines");
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            int at = i;
            assertEquals(first.get(i), second.get(i), () -> "line " + at + " of the trace; before it:\n"
                    + String.join("\n", first.subList(Math.max(0, at - 15), at)));
        }
        assertEquals(first.size(), second.size(), "the same seed, the same number of trace lines");
        assertNotEquals(first, run(72), "another seed loses other packets");
    }

    /** A lossy run behind NATs with a STUN server, a channel of each reliability and RTP; its trace and events. */
    private static List<String> run(long seed) {
        SimWorld w = new SimWorld(seed);
        Trace trace = new Trace();
        w.sim.tap(trace);
        w.sim.defaultConditions(LinkConditions.builder().delay(Duration.ofMillis(10)).build());
        Host stun = w.sim.host("192.0.2.10");
        w.sim.bind(stun, 3478, new StunBindingServer());
        Host ha = w.sim.host("10.0.0.2");
        Host hb = w.sim.host("10.1.0.2");
        Nat natA = w.sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", ha);
        Nat natB = w.sim.nat(NatType.PORT_RESTRICTED, "203.0.113.2", hb);
        w.sim.link(natA, natB, LinkConditions.builder().delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(5))
                .loss(0.05).build());
        w.peers(ha, RTCConfiguration.builder().iceServer(RTCIceServer.of("stun:192.0.2.10:3478")), hb,
                RTCConfiguration.builder().iceServer(RTCIceServer.of("stun:192.0.2.10:3478")));
        RTCDataChannel reliable = w.a.pc.createDataChannel("reliable");
        RTCDataChannel lossy = w.a.pc.createDataChannel("lossy", RTCDataChannelInit.builder().ordered(false)
                .maxRetransmits(0).build());
        MediaStreamTrack audio = MediaStreamTrack.local("audio");
        w.a.pc.addTrack(audio, "s");
        w.negotiate();
        w.connect(Duration.ofSeconds(60));
        w.until(() -> reliable.readyState() == RTCDataChannelState.OPEN && lossy.readyState() == RTCDataChannelState.OPEN
                && w.b.remoteChannels.size() == 2 && w.b.tracks.size() == 1, Duration.ofSeconds(30), "all open");
        List<String> got = new ArrayList<>();
        w.b.remoteChannels.forEach(c -> c.onMessage(m -> got.add(c.label() + ":" + m.text())));
        RtpFlow rtp = new RtpFlow(w.b.tracks.get(0).track(), "rtp ");
        for (int i = 0; i < 50; i++) {
            reliable.send("r " + i);
            lossy.send("l " + i);
            audio.writeRtp(RtpFlow.packet(i, "rtp "));
            w.sim.runFor(Duration.ofMillis(20));
        }
        w.sim.runFor(Duration.ofSeconds(5));
        List<String> out = new ArrayList<>();
        trace.events().forEach(e -> out.add(line(e)));
        out.add("a " + w.a.events);
        out.add("b " + w.b.events);
        out.add("messages " + got);
        out.add("rtp " + rtp.received);
        return out;
    }

    /**
     * A trace event without the payload's bytes, which hold fresh random values (ICE credentials,
     * keys, DTLS randoms) in every run; sizes are kept except for DTLS handshake records, whose
     * ECDSA signatures vary by a byte or two.
     */
    private static String line(TraceEvent e) {
        byte[] p = e.datagram().payload();
        boolean handshake = p.length > 0 && p[0] == 22;
        return e.timeNanos() + " " + e.kind() + " " + e.reason() + " " + e.datagram().source() + ">"
                + e.datagram().destination() + " " + (handshake ? "dtls-handshake" : p.length + " B") + " at " + e.where();
    }
}
