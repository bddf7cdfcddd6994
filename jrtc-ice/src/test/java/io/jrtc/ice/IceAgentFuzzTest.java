package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.Username;
import java.net.InetSocketAddress;
import java.util.Random;

/**
 * Jazzer target for the agent's input path: any datagram, as a check, response or data, must
 * neither throw nor stop the agent from answering a valid check. Seeds in
 * {@code src/test/resources/io/jrtc/ice/IceAgentFuzzTestInputs/handleInput/}.
 */
class IceAgentFuzzTest {
    private static final InetSocketAddress LOCAL = new InetSocketAddress("198.51.100.1", 5000);
    private static final InetSocketAddress PEER = new InetSocketAddress("198.51.100.9", 6000);

    @FuzzTest
    void handleInput(byte[] data) {
        IceAgent agent = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLED)
                .credentials(new IceCredentials("fuzz", "fuzzpasswordfuzzpassword")).random(new Random(1)).build());
        agent.addHostAddress(LOCAL);
        agent.startGathering(0);
        agent.setRemoteCredentials(new IceCredentials("peer", "peerpasswordpeerpassword"));
        agent.handleInput(1, IceDatagram.udp(LOCAL, PEER, data));
        agent.handleTimeout(Math.max(2, Math.min(agent.pollTimeout(), 1_000_000_000L)));
        while (agent.pollTransmit() != null) {
            // drain
        }
        byte[] check = StunMessage.builder(StunMessageType.BINDING_REQUEST).add(new Username("fuzz:peer"))
                .add(new Priority(1)).add(new IceControlling(1))
                .messageIntegrity(StunCredentials.shortTermKey("fuzzpasswordfuzzpassword")).fingerprint().build().encode();
        agent.handleInput(3, IceDatagram.udp(LOCAL, PEER, check));
        assertNotNull(agent.pollTransmit(), "a valid check is still answered");
    }
}
