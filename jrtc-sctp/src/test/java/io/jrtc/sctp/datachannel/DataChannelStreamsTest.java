package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jrtc.sctp.SctpConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Channels beyond the streams announced at setup open after RFC 6525 adds streams. */
class DataChannelStreamsTest {
    @Test
    void channelsBeyondTheInitialStreamCountOpenOnceStreamsAreAdded() {
        DcPair p = new DcPair(1100, DcPair.link10ms(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT,
                SctpConfig.builder().inboundStreams(2)).connect();
        assertEquals(2, p.a.dc.association().outgoingStreams());
        DataChannel c0 = p.a.dc.createDataChannel(p.sim.now(), "c0", DataChannelInit.DEFAULT);
        DataChannel c2 = p.a.dc.createDataChannel(p.sim.now(), "c2", DataChannelInit.DEFAULT);
        DataChannel c4 = p.a.dc.createDataChannel(p.sim.now(), "c4", DataChannelInit.DEFAULT);
        assertEquals(4, c4.id());
        assertEquals(DataChannelState.OPEN, c0.readyState());
        assertEquals(DataChannelState.CONNECTING, c4.readyState(), "stream 4 does not exist yet");
        assertThrows(DataChannelException.class, () -> c4.send("too early"));
        p.run(() -> c4.readyState() == DataChannelState.OPEN);
        assertEquals(16, p.a.dc.association().outgoingStreams(), "one request for a step of 16 streams");
        c4.send(new byte[] {4});
        c2.send(new byte[] {2});
        p.run(() -> p.remoteOf(c4) != null && p.b.messages(p.remoteOf(c4)).size() == 1
                && p.remoteOf(c2) != null && p.b.messages(p.remoteOf(c2)).size() == 1);
        assertArrayEquals(new byte[] {4}, p.b.messages(p.remoteOf(c4)).get(0).binary());
        assertEquals("c4", p.remoteOf(c4).label());
        // b (also limited to a's 2 streams) answers on stream 4 once its own request is performed
        p.remoteOf(c4).send("from b");
        p.run(() -> p.a.messages(c4).size() == 1);
        assertEquals("from b", p.a.messages(c4).get(0).text());
        assertEquals(0, p.b.dc.dcepErrors());
    }

    @Test
    void aNegotiatedChannelWithAHighIdWaitsForItsStream() {
        DcPair p = new DcPair(1101, DcPair.link10ms(), DataChannels.DEFAULT_MAX_BUFFERED_AMOUNT,
                SctpConfig.builder().inboundStreams(8)).connect();
        DataChannelInit init = DataChannelInit.builder().negotiated(true).id(100).build();
        DataChannel a = p.a.dc.createDataChannel(p.sim.now(), "n", init);
        DataChannel b = p.b.dc.createDataChannel(p.sim.now(), "n", init);
        p.run(() -> a.readyState() == DataChannelState.OPEN && b.readyState() == DataChannelState.OPEN);
        assertEquals(112, p.a.dc.association().outgoingStreams());
        b.send("back");
        p.run(() -> p.a.messages(a).size() == 1);
        assertEquals("back", p.a.messages(a).get(0).text());
    }
}
