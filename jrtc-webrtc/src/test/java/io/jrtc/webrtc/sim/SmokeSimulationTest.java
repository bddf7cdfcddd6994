package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jrtc.testkit.Host;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.webrtc.RTCDataChannel;
import io.jrtc.webrtc.RTCDataChannelState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeSimulationTest {
    @Test
    void connects() {
        SimWorld w = new SimWorld(1);
        Host ha = w.sim.host("198.51.100.1");
        Host hb = w.sim.host("198.51.100.2");
        w.sim.link(ha, hb, LinkConditions.builder().delay(Duration.ofMillis(20)).build());
        w.peers(ha, hb);
        RTCDataChannel ch = w.a.pc.createDataChannel("chat");
        w.negotiate();
        w.connect(Duration.ofSeconds(30));
        w.until(() -> ch.readyState() == RTCDataChannelState.OPEN && !w.b.remoteChannels.isEmpty(), Duration.ofSeconds(10), "open");
        List<String> got = new ArrayList<>();
        w.b.remoteChannels.get(0).onMessage(m -> got.add(m.text()));
        ch.send("hello");
        w.until(() -> got.size() == 1, Duration.ofSeconds(5), "message");
        assertEquals("hello", got.get(0));
        System.out.println(w.sim.clock() + " " + w.a.events + " " + w.b.events);
    }
}
