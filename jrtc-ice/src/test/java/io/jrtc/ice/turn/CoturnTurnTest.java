package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.testkit.peers.Coturn;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TURN client against a real coturn on 127.0.0.1, over real sockets: allocation over UDP and
 * TCP, wrong credentials, permission and Send/Data indications, ChannelBind and ChannelData,
 * refresh and deallocation.
 */
class CoturnTurnTest {
    private static final Duration GUARD = Duration.ofSeconds(20);
    private static Coturn coturn;

    @BeforeAll
    static void startCoturn() throws IOException {
        coturn = Coturn.start(null);
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    private static TurnClientConfig config(TurnTransport transport, String password) {
        return TurnClientConfig.builder(coturn.address, Coturn.USER, password).transport(transport).build();
    }

    @Test
    void udpAllocationRelaysBothWaysRefreshesAndReleases() throws IOException {
        try (BlockingTurnDriver d = BlockingTurnDriver.open(config(TurnTransport.UDP, Coturn.PASSWORD));
                DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            d.client.allocate(BlockingTurnDriver.now());
            TurnEvent.Allocated a = d.await(TurnEvent.Allocated.class, GUARD);
            assertRelayed(a.relayed());
            InetSocketAddress peerAddress = (InetSocketAddress) peer.getLocalSocketAddress();

            // Permission, then a Send indication reaches the peer and its reply comes back in a
            // Data indication.
            d.client.createPermission(BlockingTurnDriver.now(), peerAddress);
            d.await(TurnEvent.PermissionCreated.class, GUARD);
            exchange(d, peer, a.relayed(), "via indications");
            assertEquals(0, d.channelDataIn);

            // Channel: the same both ways, now as ChannelData.
            int channel = d.client.bindChannel(BlockingTurnDriver.now(), peerAddress);
            assertEquals(channel, d.await(TurnEvent.ChannelBound.class, GUARD).channel());
            exchange(d, peer, a.relayed(), "via channel");
            assertEquals(1, d.channelDataIn, "the reply came as ChannelData");

            d.client.refresh(BlockingTurnDriver.now());
            assertEquals(Duration.ofMinutes(10), d.await(TurnEvent.Refreshed.class, GUARD).lifetime());

            d.client.release(BlockingTurnDriver.now());
            assertTrue(d.await(TurnEvent.Released.class, GUARD).confirmed(), "coturn confirmed the deletion");
            assertEquals(0, d.client.stats().dropped());
        }
    }

    @Test
    void tcpAllocationRelaysThroughAChannel() throws IOException {
        try (BlockingTurnDriver d = BlockingTurnDriver.open(config(TurnTransport.TCP, Coturn.PASSWORD));
                DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            d.client.allocate(BlockingTurnDriver.now());
            TurnEvent.Allocated a = d.await(TurnEvent.Allocated.class, GUARD);
            assertRelayed(a.relayed());
            InetSocketAddress peerAddress = (InetSocketAddress) peer.getLocalSocketAddress();
            d.client.createPermission(BlockingTurnDriver.now(), peerAddress);
            d.await(TurnEvent.PermissionCreated.class, GUARD);
            exchange(d, peer, a.relayed(), "tcp indication");
            d.client.bindChannel(BlockingTurnDriver.now(), peerAddress);
            d.await(TurnEvent.ChannelBound.class, GUARD);
            exchange(d, peer, a.relayed(), "odd length tcp channel data!");
            d.client.release(BlockingTurnDriver.now());
            assertTrue(d.await(TurnEvent.Released.class, GUARD).confirmed());
            assertEquals(0, d.client.stats().dropped());
        }
    }

    @Test
    void wrongPasswordGivesA401WithoutRetransmissions() throws IOException {
        for (TurnTransport t : new TurnTransport[] {TurnTransport.UDP, TurnTransport.TCP}) {
            try (BlockingTurnDriver d = BlockingTurnDriver.open(config(t, "wrong"))) {
                d.client.allocate(BlockingTurnDriver.now());
                TurnEvent.Failed f = d.await(TurnEvent.Failed.class, GUARD);
                assertEquals(401, f.code(), f.toString());
                assertTrue(f.allocationLost());
                assertEquals(2, d.transmissions, "one unauthenticated and one signed Allocate, nothing more");
                assertEquals(TurnClient.State.FAILED, d.client.state());
            }
        }
    }

    private static void assertRelayed(InetSocketAddress relayed) {
        assertEquals(InetAddress.getLoopbackAddress(), relayed.getAddress());
        assertTrue(relayed.getPort() >= coturn.minRelayPort && relayed.getPort() <= coturn.maxRelayPort,
                "relayed port " + relayed.getPort() + " in coturn's range");
    }

    // Client -> relay -> peer, then peer -> relay -> client.
    private static void exchange(BlockingTurnDriver d, DatagramSocket peer, InetSocketAddress relayed, String text)
            throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(d.client.send(BlockingTurnDriver.now(), (InetSocketAddress) peer.getLocalSocketAddress(), out));
        d.flush();
        DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
        peer.receive(in);
        assertEquals(relayed, in.getSocketAddress(), "the peer sees the relayed address");
        assertArrayEquals(out, Arrays.copyOf(in.getData(), in.getLength()));

        byte[] reply = ("re: " + text).getBytes(StandardCharsets.UTF_8);
        peer.send(new DatagramPacket(reply, reply.length, relayed));
        TurnEvent.PeerData data = d.await(TurnEvent.PeerData.class, GUARD);
        assertEquals(peer.getLocalSocketAddress(), data.peer());
        assertArrayEquals(reply, data.data());
    }
}
