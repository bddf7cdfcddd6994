package io.jrtc.sctp.datachannel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataChannelTest {
    @Test
    void inBandChannelOpensOnBothSidesWithItsProperties() {
        DcPair p = new DcPair(50).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "chat", DataChannelInit.builder().protocol("json")
                .ordered(false).maxRetransmits(3).priority(512).build());
        assertEquals(0, ch.id() % 2, "DTLS client ids are even");
        assertEquals(DataChannelState.OPEN, ch.readyState());
        p.run(() -> p.remoteOf(ch) != null);
        DataChannel r = p.remoteOf(ch);
        assertEquals("chat", r.label());
        assertEquals("json", r.protocol());
        assertFalse(r.ordered());
        assertEquals(3, r.maxRetransmits());
        assertNull(r.maxPacketLifeTime());
        assertEquals(512, r.priority());
        assertFalse(r.negotiated());
        assertEquals(DataChannelState.OPEN, r.readyState());
        DataChannel fromB = p.b.dc.createDataChannel(p.sim.now(), "b", DataChannelInit.builder().maxPacketLifeTime(500).build());
        assertEquals(1, fromB.id() % 2, "DTLS server ids are odd");
        p.run(() -> p.a.all(DataChannelEvent.ChannelCreated.class).size() == 1);
        assertEquals(500, p.a.all(DataChannelEvent.ChannelCreated.class).get(0).channel().maxPacketLifeTime());
    }

    @Test
    void stringsBinaryAndTheEmptyCasesArriveAsSent() {
        DcPair p = new DcPair(51).connect();
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "x", DataChannelInit.DEFAULT);
        ch.send("héllo");
        ch.send("");
        ch.send(new byte[] {1, 2, 3});
        ch.send(new byte[0]);
        p.run(() -> p.remoteOf(ch) != null && p.b.messages(p.remoteOf(ch)).size() == 4);
        List<DataChannelEvent.Message> m = p.b.messages(p.remoteOf(ch));
        assertEquals("héllo", m.get(0).text());
        assertEquals("", m.get(1).text());
        assertNull(m.get(1).binary());
        assertArrayEquals(new byte[] {1, 2, 3}, m.get(2).binary());
        assertArrayEquals(new byte[0], m.get(3).binary());
        assertNull(m.get(3).text());
    }

    @Test
    void negotiatedChannelsUseTheirIdWithoutDcep() {
        DcPair p = new DcPair(52).connect();
        DataChannelInit init = DataChannelInit.builder().negotiated(true).id(7).build();
        DataChannel a = p.a.dc.createDataChannel(p.sim.now(), "n", init);
        DataChannel b = p.b.dc.createDataChannel(p.sim.now(), "n", init);
        assertEquals(7, a.id());
        assertTrue(a.negotiated());
        a.send("to b");
        b.send("to a");
        p.run(() -> p.b.messages(b).size() == 1 && p.a.messages(a).size() == 1);
        assertEquals("to b", p.b.messages(b).get(0).text());
        assertTrue(p.b.all(DataChannelEvent.ChannelCreated.class).isEmpty());
        assertThrows(DataChannelException.class, () -> DataChannelInit.builder().negotiated(true).build());
    }

    @Test
    void channelsCreatedBeforeTheAssociationOpenWhenItConnects() {
        DcPair p = new DcPair(53);
        DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "early", DataChannelInit.DEFAULT);
        assertEquals(DataChannelState.CONNECTING, ch.readyState());
        DataChannelException e = assertThrows(DataChannelException.class, () -> ch.send("x"));
        assertEquals("InvalidStateError", e.name());
        p.connect();
        p.run(() -> ch.readyState() == DataChannelState.OPEN && p.remoteOf(ch) != null);
        assertEquals(1, p.a.all(DataChannelEvent.Opened.class).size());
    }

    @Test
    void thousandChannelsOpenAtOnce() {
        DcPair p = new DcPair(54).connect();
        List<DataChannel> chans = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            DataChannel ch = p.a.dc.createDataChannel(p.sim.now(), "c" + i, DataChannelInit.DEFAULT);
            ch.send("m" + i);
            chans.add(ch);
        }
        p.run(() -> p.b.all(DataChannelEvent.Message.class).size() == 1000);
        assertEquals(1000, p.b.dc.channelCount());
        for (DataChannelEvent.Message m : p.b.all(DataChannelEvent.Message.class)) {
            assertEquals("m" + m.channel().label().substring(1), m.text());
        }
        assertEquals(1000, chans.stream().map(DataChannel::id).distinct().count());
    }

    @Test
    void closeFromEitherSideClosesBoth() {
        DcPair p = new DcPair(55).connect();
        DataChannel x = p.a.dc.createDataChannel(p.sim.now(), "x", DataChannelInit.DEFAULT);
        DataChannel y = p.b.dc.createDataChannel(p.sim.now(), "y", DataChannelInit.DEFAULT);
        p.run(() -> p.remoteOf(x) != null && p.a.all(DataChannelEvent.ChannelCreated.class).size() == 1);
        DataChannel xr = p.remoteOf(x);
        DataChannel yr = p.a.all(DataChannelEvent.ChannelCreated.class).get(0).channel();
        x.send("last words");
        x.close();
        assertEquals(DataChannelState.CLOSING, x.readyState());
        yr.close(); // a closes the channel b created: the other side initiates
        p.run(() -> x.readyState() == DataChannelState.CLOSED && xr.readyState() == DataChannelState.CLOSED
                && y.readyState() == DataChannelState.CLOSED && yr.readyState() == DataChannelState.CLOSED);
        assertEquals("last words", p.b.messages(xr).get(0).text());
        assertTrue(p.b.events.contains(new DataChannelEvent.Closing(xr)));
        assertTrue(p.b.events.contains(new DataChannelEvent.Closed(xr)));
        assertEquals(0, p.a.dc.channelCount());
        // the ids are free again and a new channel works on them
        DataChannel again = p.a.dc.createDataChannel(p.sim.now(), "again", DataChannelInit.DEFAULT);
        assertEquals(x.id(), again.id());
        again.send("hi");
        p.run(() -> p.remoteOf(again) != null && !p.b.messages(p.b.dc.channel(again.id())).isEmpty());
    }

    @Test
    void crossingClosesComplete() {
        DcPair p = new DcPair(56).connect();
        DataChannel x = p.a.dc.createDataChannel(p.sim.now(), "x", DataChannelInit.DEFAULT);
        p.run(() -> p.remoteOf(x) != null);
        DataChannel xr = p.remoteOf(x);
        x.close();
        xr.close();
        p.run(() -> x.readyState() == DataChannelState.CLOSED && xr.readyState() == DataChannelState.CLOSED);
    }

    @Test
    void abortClosesEveryChannelWithAnError() {
        DcPair p = new DcPair(57).connect();
        DataChannel x = p.a.dc.createDataChannel(p.sim.now(), "x", DataChannelInit.DEFAULT);
        p.run(() -> p.remoteOf(x) != null);
        DataChannel xr = p.remoteOf(x);
        p.a.dc.association().abort("bye");
        p.a.drain();
        p.run(() -> xr.readyState() == DataChannelState.CLOSED);
        assertEquals(1, p.b.all(DataChannelEvent.Error.class).size());
        assertTrue(p.b.all(DataChannelEvent.TransportClosed.class).get(0).aborted());
        assertEquals(DataChannelState.CLOSED, x.readyState());
    }
}
