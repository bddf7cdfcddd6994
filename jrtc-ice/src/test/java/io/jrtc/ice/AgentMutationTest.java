package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.UseCandidate;
import io.jrtc.stun.Username;
import io.jrtc.stun.XorMappedAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Network input never throws out of the agent: 30,000 mutated checks, responses and data
 * datagrams (bit flips, truncation, length edits) are fed to a connected-ish agent, which must
 * neither throw nor stop answering a valid check afterwards. Seeded, so a failure reproduces.
 */
class AgentMutationTest {
    @Test
    void mutatedInputNeverThrows() {
        Random random = new Random(7675);
        InetSocketAddress local = new InetSocketAddress("198.51.100.1", 5000);
        InetSocketAddress peer = new InetSocketAddress("198.51.100.9", 6000);
        IceCredentials peerCreds = new IceCredentials("peer", "peerpasswordpeerpassword");
        IceAgent agent = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLED).random(new Random(1)).build());
        agent.addHostAddress(local);
        agent.startGathering(0);
        agent.setRemoteCredentials(peerCreds);
        byte[] key = StunCredentials.shortTermKey(agent.localCredentials().pwd());
        byte[] check = StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(100))
                .add(new IceControlling(5)).add(new UseCandidate()).messageIntegrity(key).fingerprint().build().encode();
        byte[] response = StunMessage.builder(StunMessageType.BINDING_SUCCESS).add(new XorMappedAddress(local))
                .messageIntegrity(StunCredentials.shortTermKey(peerCreds.pwd())).fingerprint().build().encode();
        List<byte[]> seeds = List.of(check, response, new byte[] {(byte) 0x80, 0, 1, 2, 3, 4, 5, 6}, new byte[] {22, 3, 3});
        long now = 0;
        for (int i = 0; i < 30_000; i++) {
            byte[] b = mutate(seeds.get(random.nextInt(seeds.size())), random);
            now += 1_000_000;
            agent.handleInput(now, IceDatagram.udp(local, peer, b));
            if (agent.pollTimeout() <= now) {
                agent.handleTimeout(now);
            }
            while (agent.pollTransmit() != null) {
                // discard
            }
            while (agent.pollEvent() != null) {
                // discard
            }
        }
        IceStats s = agent.stats();
        assertTrue(s.droppedMalformed() + s.droppedBadIntegrity() + s.droppedUnknown() > 10_000, s::toString);
        agent.handleInput(now + 1, IceDatagram.udp(local, peer, check));
        IceDatagram answer = agent.pollTransmit();
        assertTrue(answer != null && StunMessage.decode(answer.payload()).type().equals(StunMessageType.BINDING_SUCCESS));
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(4)) {
            case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 2 -> {
                if (b.length > 4) {
                    b[2] = (byte) random.nextInt(256);
                    b[3] = (byte) (random.nextInt(64) * 4);
                }
            }
            default -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return b;
    }
}
