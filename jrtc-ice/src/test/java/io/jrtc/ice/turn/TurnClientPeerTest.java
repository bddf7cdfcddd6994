package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.ChannelData;
import io.jrtc.stun.ChannelNumber;
import io.jrtc.stun.Data;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.XorPeerAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Permissions, channels, Send/Data indications and ChannelData against a scripted server. */
class TurnClientPeerTest {
    private static final long S = 1_000_000_000L;
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 6000);

    @Test
    void permissionIsRequestedAfterAllocationAndRefreshedEvery4Minutes() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.client.createPermission(h.now(), PEER);
        StunMessage first = h.one();
        assertEquals(StunMethod.ALLOCATE, first.method(), "the permission waits for the allocation");
        h.deliver(h.server.challenge(first, 401));
        h.deliver(h.server.allocated(h.one(), 600));
        StunMessage perm = h.one();
        assertEquals(StunMethod.CREATE_PERMISSION, perm.method());
        assertEquals(PEER.getAddress(), perm.get(XorPeerAddress.class).orElseThrow().address().getAddress());
        assertTrue(perm.checkIntegrity(h.server.key()));
        h.deliver(h.server.success(perm));
        assertEquals(PEER.getAddress(), h.eventsOf(TurnEvent.PermissionCreated.class).get(0).peer());

        long grantedAt = h.now();
        h.step(grantedAt + 239 * S);
        assertTrue(h.sent().isEmpty());
        assertTrue(h.step(grantedAt + 240 * S));
        StunMessage again = h.one();
        assertEquals(StunMethod.CREATE_PERMISSION, again.method());
        assertEquals(grantedAt + 240 * S, h.now());
        h.deliver(h.server.success(again));
        assertEquals(1, h.eventsOf(TurnEvent.PermissionCreated.class).size(), "a refresh is silent");
    }

    @Test
    void sendUsesSendIndicationsUntilAChannelIsBoundThenChannelData() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        assertTrue(h.client.send(h.now(), PEER, new byte[] {1, 2, 3}));
        List<StunMessage> out = h.sent();
        assertEquals(2, out.size());
        StunMessage perm = out.get(0);
        assertEquals(StunMethod.CREATE_PERMISSION, perm.method(), "a permission is requested first");
        StunMessage send = out.get(1);
        assertEquals(StunMethod.SEND, send.method());
        assertEquals(StunClass.INDICATION, send.messageClass());
        assertEquals(PEER, send.get(XorPeerAddress.class).orElseThrow().address());
        assertArrayEquals(new byte[] {1, 2, 3}, send.get(Data.class).orElseThrow().toByteArray());
        h.deliver(h.server.success(perm));

        int channel = h.client.bindChannel(h.now(), PEER);
        assertEquals(0x4000, channel);
        StunMessage bind = h.one();
        assertEquals(StunMethod.CHANNEL_BIND, bind.method());
        assertEquals(new ChannelNumber(0x4000), bind.get(ChannelNumber.class).orElseThrow());
        h.deliver(h.server.success(bind));
        assertEquals(new TurnEvent.ChannelBound(PEER, 0x4000), h.eventsOf(TurnEvent.ChannelBound.class).get(0));

        h.client.send(h.now(), PEER, new byte[] {9, 8, 7, 6, 5});
        byte[] raw = h.sentRaw().get(0);
        assertEquals(4 + 5, raw.length, "unpadded over UDP");
        ChannelData cd = ChannelData.decode(raw, 0, raw.length);
        assertEquals(0x4000, cd.channelNumber());
        assertArrayEquals(new byte[] {9, 8, 7, 6, 5}, cd.data());

        // Channels are refreshed before their 10 minutes run out.
        long boundAt = h.now();
        while (h.step(boundAt + 540 * S)) {
            for (StunMessage m : h.sent()) {
                h.deliver(h.server.success(m));
            }
        }
        assertEquals(boundAt + 540 * S, h.now());
    }

    @Test
    void channelDataOverTcpIsPadded() {
        ClientHarness h = new ClientHarness(TurnTransport.TCP);
        h.allocate(600);
        h.client.bindChannel(h.now(), PEER);
        List<StunMessage> out = h.sent();
        for (StunMessage m : out) {
            h.deliver(h.server.success(m));
        }
        h.client.send(h.now(), PEER, new byte[5]);
        assertEquals(12, h.sentRaw().get(0).length);
    }

    @Test
    void dataIndicationsAndChannelDataBecomePeerData() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.deliver(StunMessage.builder(StunMethod.DATA, StunClass.INDICATION)
                .add(new XorPeerAddress(PEER)).add(Data.of(new byte[] {42})).build().encode());
        TurnEvent.PeerData d = h.eventsOf(TurnEvent.PeerData.class).get(0);
        assertEquals(PEER, d.peer());
        assertArrayEquals(new byte[] {42}, d.data());

        h.deliver(ChannelData.of(0x4001, new byte[] {1}).encode(false));
        assertEquals(1, h.client.stats().unexpected(), "ChannelData on an unbound channel is dropped");

        h.client.bindChannel(h.now(), PEER);
        for (StunMessage m : h.sent()) {
            h.deliver(h.server.success(m));
        }
        h.deliver(ChannelData.of(0x4000, new byte[] {7, 7}).encode(true));
        TurnEvent.PeerData cd = h.eventsOf(TurnEvent.PeerData.class).get(1);
        assertEquals(PEER, cd.peer());
        assertArrayEquals(new byte[] {7, 7}, cd.data());
    }

    @Test
    void peerRequestFailuresAreReportedWithoutLosingTheAllocation() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.client.createPermission(h.now(), PEER);
        h.deliver(h.server.error(h.one(), 403));
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(403, f.code());
        assertEquals(StunMethod.CREATE_PERMISSION, f.request());
        assertFalse(f.allocationLost());
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void garbageFromTheServerIsDroppedAndCounted() {
        ClientHarness h = new ClientHarness();
        h.allocate(600);
        h.deliver(new byte[] {(byte) 0x80, 1, 2, 3, 4});
        h.deliver(new byte[] {0, 1, 0, 4, 0x21, 0x12, (byte) 0xA4, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        h.deliver(new byte[] {0x40, 0, 0, 9, 1});
        assertEquals(3, h.client.stats().malformed());
        h.deliver(StunMessage.builder(StunMethod.BINDING, StunClass.REQUEST).build().encode());
        assertEquals(1, h.client.stats().unexpected());
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void misuseThrowsWithAMessage() {
        ClientHarness h = new ClientHarness();
        IllegalStateException early = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> h.client.createPermission(0, PEER));
        assertTrue(early.getMessage().contains("NEW"), early.getMessage());
        h.allocate(600);
        IllegalArgumentException name = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> h.client.bindChannel(0, InetSocketAddress.createUnresolved("peer.example", 1)));
        assertTrue(name.getMessage().contains("IP addresses"), name.getMessage());
    }

    @Test
    void aLostConnectionFailsTheClientOnce() {
        ClientHarness h = new ClientHarness(TurnTransport.TCP);
        h.allocate(600);
        h.client.connectionLost(h.now(), "EOF");
        h.client.connectionLost(h.now(), "EOF again");
        h.drainEvents();
        List<TurnEvent.Failed> f = h.eventsOf(TurnEvent.Failed.class);
        assertEquals(1, f.size());
        assertEquals(TurnEvent.Failed.TRANSPORT_ERROR, f.get(0).code());
        assertTrue(f.get(0).reason().contains("EOF"));
        assertEquals(Long.MAX_VALUE, h.client.pollTimeout());
    }

    @Test
    void aCorruptTcpStreamFailsTheClient() {
        ClientHarness h = new ClientHarness(TurnTransport.TCP);
        h.allocate(600);
        h.deliver(new byte[] {(byte) 0x80, 0, 0, 0});
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(TurnEvent.Failed.TRANSPORT_ERROR, f.code());
        assertEquals(TurnClient.State.FAILED, h.client.state());
    }
}
