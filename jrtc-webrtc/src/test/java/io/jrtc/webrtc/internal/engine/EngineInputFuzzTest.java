package io.jrtc.webrtc.internal.engine;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jrtc.ice.IceDatagram;
import io.jrtc.sctp.datachannel.DataChannelInit;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Jazzer target for the engine's network input: datagrams of every RFC 7983 class, from the
 * validated peer address or a stranger, into a connected engine (one simulated pair, made once).
 * The invariant is the engine's contract: input never throws out of {@code handleInput}, nor out
 * of the timeouts and polls that follow. With {@code JAZZER_FUZZ=1} it fuzzes.
 */
class EngineInputFuzzTest {
    private static final int[] FIRST_BYTES = {0, 1, 20, 21, 22, 23, 0x80, 0x90, 0xBF, 64, 255};
    private static EngineWorld world;
    private static InetSocketAddress local;
    private static InetSocketAddress peer;

    @FuzzTest
    void datagrams(FuzzedDataProvider data) {
        if (world == null) {
            connect();
        }
        boolean fromPeer = data.consumeBoolean();
        boolean pickFirstByte = data.consumeBoolean();
        int first = data.pickValue(FIRST_BYTES);
        byte[] payload = data.consumeRemainingAsBytes();
        if (pickFirstByte && payload.length > 0) {
            payload[0] = (byte) first;
        }
        InetSocketAddress from = fromPeer ? peer : new InetSocketAddress("198.51.100.99", 4444);
        TransportEngine e = world.b.engine;
        e.handleInput(world.sim.now(), IceDatagram.udp(local, from, payload));
        e.handleTimeout(world.sim.now());
        while (e.pollTransmit() != null) {
            // drained: what the engine answers goes nowhere
        }
        world.b.drain();
    }

    private static void connect() {
        world = new EngineWorld(99).start();
        var ch = world.a.engine.createDataChannel(world.sim.now(), "fuzz", DataChannelInit.DEFAULT);
        if (!world.run(() -> world.a.opened(ch) && !world.b.remoteChannels.isEmpty(), Duration.ofSeconds(30))) {
            throw new IllegalStateException("the fuzz pair did not connect: " + world.a.events + " / " + world.b.events);
        }
        local = world.b.engine.ice().localCandidates().get(0).socketAddress().orElseThrow();
        peer = world.a.engine.ice().localCandidates().get(0).socketAddress().orElseThrow();
    }
}
