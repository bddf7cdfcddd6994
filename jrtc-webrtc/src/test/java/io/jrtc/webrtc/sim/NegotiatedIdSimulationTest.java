package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelInit;
import io.jrtc.webrtc.RTCDataChannelState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A negotiated channel keeps the id it was created with even when an automatic channel was
 * created before it and the DTLS role (which decides the automatic ids, RFC 8832 §6) makes that
 * id the first free one: the automatic channel takes another.
 */
class NegotiatedIdSimulationTest {
    @Test
    void anEarlierAutomaticChannelDoesNotTakeANegotiatedId() {
        SimWorld w = new SimWorld(81);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(20)).build());
        w.peers(ha, hb);
        // a offers actpass and b answers active: a is the DTLS server and picks odd ids, 1 first.
        RTCDataChannel auto = w.a.pc.createDataChannel("auto");
        RTCDataChannelInit fixed = RTCDataChannelInit.builder().negotiated(true).id(1).build();
        RTCDataChannel negA = w.a.pc.createDataChannel("neg", fixed);
        RTCDataChannel negB = w.b.pc.createDataChannel("neg", fixed);
        w.negotiate();
        w.connect(Duration.ofSeconds(30));
        w.until(() -> auto.readyState() == RTCDataChannelState.OPEN && negA.readyState() == RTCDataChannelState.OPEN
                && negB.readyState() == RTCDataChannelState.OPEN && w.b.remoteChannels.size() == 1,
                Duration.ofSeconds(10), "every channel open");
        assertEquals(1, negA.id().orElseThrow());
        assertNotEquals(1, auto.id().orElseThrow());
        assertEquals(auto.id(), w.b.remoteChannels.get(0).id());
        List<String> atB = new ArrayList<>();
        negB.onMessage(m -> atB.add("neg:" + m.text()));
        w.b.remoteChannels.get(0).onMessage(m -> atB.add("auto:" + m.text()));
        negA.send("one");
        auto.send("two");
        w.until(() -> atB.size() == 2, Duration.ofSeconds(5), "both messages");
        assertEquals(List.of("neg:one", "auto:two"), atB);
    }
}
