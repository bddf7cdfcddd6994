package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.TransactionId;
import io.jrtc.stun.Username;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The demux learns a remote address for an agent only from a Binding request with valid
 * MESSAGE-INTEGRITY under that agent's password (RFC 8445 §7.3), so a forged request with a
 * spoofed source cannot steer a legitimate peer's DTLS/SRTP to another connection.
 */
class SinglePortDemuxTest {
    private static final byte[] DTLS = {22, (byte) 0xfe, (byte) 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0};
    private final Random random = new Random(7);
    private final Credentials a = creds();
    private final Credentials b = creds();
    private final Credentials peerOfA = creds();
    private final Credentials peerOfB = creds();
    private final InetSocketAddress legit = new InetSocketAddress("198.51.100.1", 40000);
    private final InetSocketAddress other = new InetSocketAddress("198.51.100.2", 40001);
    private final SinglePortDemux<String> demux = new SinglePortDemux<>();

    SinglePortDemuxTest() {
        demux.register(a.ice, "A");
        demux.register(b.ice, "B");
    }

    private Credentials creds() {
        return new Credentials(IceCredentials.random(random));
    }

    /** A check from the peer to the agent: USERNAME names the agent's ufrag, signed with {@code pwd}. */
    private static byte[] check(Credentials peer, Credentials agent, String pwd) {
        Credentials signer = pwd == null ? agent : new Credentials(new IceCredentials(agent.ufrag(), pwd));
        return CheckMessages.check(TransactionId.random(), peer, signer, 1, IceRole.CONTROLLING, 1, false);
    }

    private byte[] forgedFor(Credentials agent) {
        byte[] m = check(creds(), agent, creds().ice.pwd());
        assertTrue(StunMessage.decode(m).checkFingerprint(), "the forgery passes FINGERPRINT, only integrity fails");
        return m;
    }

    @Test
    void validRequestLearnsTheSourceAddress() {
        assertNull(demux.route(legit, DTLS), "nothing learned yet");
        assertEquals(1, demux.unrouted());
        assertSame("A", demux.route(legit, check(peerOfA, a, null)));
        assertSame("A", demux.route(legit, DTLS));
        assertEquals(1, demux.unrouted());
        assertEquals(0, demux.unauthenticated());
    }

    @Test
    void forgedRequestReachesTheAgentButIsNotLearned() {
        assertSame("A", demux.route(other, forgedFor(a)), "routed by ufrag so the agent can drop and count it");
        assertEquals(1, demux.unauthenticated());
        assertNull(demux.route(other, DTLS), "the spoofed source did not become A's");
    }

    @Test
    void forgedRequestWithSpoofedSourceDoesNotStealAnExistingRoute() {
        assertSame("A", demux.route(legit, check(peerOfA, a, null)));
        // The attacker spoofs A's peer address with B's ufrag and a bad MESSAGE-INTEGRITY.
        assertSame("B", demux.route(legit, forgedFor(b)));
        assertEquals(1, demux.unauthenticated());
        assertSame("A", demux.route(legit, DTLS), "A's peer's DTLS still reaches A");
        // Same with a request that carries no MESSAGE-INTEGRITY at all, and a truncated one.
        byte[] bare = StunMessage.builder(StunMessageType.BINDING_REQUEST).transactionId(TransactionId.random())
                .add(new Username(b.ufrag() + ":x")).build().encode();
        assertSame("B", demux.route(legit, bare));
        assertEquals(2, demux.unauthenticated());
        byte[] valid = check(peerOfB, b, null);
        byte[] truncated = Arrays.copyOf(valid, valid.length - 8);
        demux.route(legit, truncated);
        assertSame("A", demux.route(legit, DTLS));
    }

    @Test
    void anAuthenticatedCheckMovesTheRoute() {
        assertSame("A", demux.route(legit, check(peerOfA, a, null)));
        // A real peer of B now checks from this address (say, a NAT reused the port).
        assertSame("B", demux.route(legit, check(peerOfB, b, null)));
        assertSame("B", demux.route(legit, DTLS));
        assertEquals(0, demux.unauthenticated());
    }

    @Test
    void iceRestartRegistersNewCredentialsAndOldUfragKeepsRouting() {
        Credentials a2 = creds();
        demux.register(a2.ice, "A");
        assertEquals(3, demux.size());
        // A check for the new generation signed with the old password is not authentic.
        assertSame("A", demux.route(legit, check(peerOfA, a2, a.ice.pwd())));
        assertNull(demux.route(legit, DTLS));
        assertSame("A", demux.route(legit, check(peerOfA, a2, null)));
        assertSame("A", demux.route(legit, DTLS));
        assertSame("A", demux.route(other, check(peerOfA, a, null)), "old generation still routes and learns");
        assertSame("A", demux.route(other, DTLS));
        demux.unregister("A");
        assertEquals(1, demux.size());
        assertNull(demux.route(legit, DTLS));
    }
}
