package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.sctp.SctpConfig;
import io.jrtc.sctp.SctpState;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A peer that restarts its association (RFC 9260 §5.2.4 A) has forgotten every channel. */
class DataChannelRestartTest {
    @Test
    void channelsFailOnAPeerRestartAndNewOnesOpen() {
        DcPair p = new DcPair(1200).connect();
        DataChannel old = p.a.dc.createDataChannel(p.sim.now(), "old", DataChannelInit.DEFAULT);
        p.run(() -> p.remoteOf(old) != null);

        p.sim.unbind(p.b);
        DcPeer b2 = new DcPeer(SctpConfig.builder().random(new Random(98_765)).build(), false, p.b.local,
                DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT);
        b2.remote = p.a.local;
        p.sim.bind(p.hb, p.b.local, b2);
        b2.dc.association().connect(p.sim.now());
        p.run(() -> old.readyState() == DataChannelState.CLOSED);

        assertTrue(p.a.all(DataChannelEvent.Error.class).stream()
                .anyMatch(e -> e.channel() == old && e.detail().contains("restarted")));
        assertTrue(p.a.all(DataChannelEvent.TransportClosed.class).isEmpty(), "the transport stays up");
        assertEquals(SctpState.ESTABLISHED, p.a.dc.association().state());

        DataChannel fresh = p.a.dc.createDataChannel(p.sim.now(), "fresh", DataChannelInit.DEFAULT);
        fresh.send("hello again");
        p.run(() -> b2.all(DataChannelEvent.Message.class).size() == 1);
        DataChannelEvent.Message m = b2.all(DataChannelEvent.Message.class).get(0);
        assertEquals("hello again", m.text());
        assertEquals("fresh", m.channel().label());
    }
}
