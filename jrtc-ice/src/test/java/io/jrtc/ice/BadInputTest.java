package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.IceControlled;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunCredentials;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageBuilder;
import io.jrtc.stun.StunMessageType;
import io.jrtc.stun.UnknownAttribute;
import io.jrtc.stun.UnknownAttributes;
import io.jrtc.stun.UseCandidate;
import io.jrtc.stun.Username;
import io.jrtc.stun.XorMappedAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One agent driven by hand with crafted checks: the RFC 8445 §7.3 and RFC 8489 rules for bad input. */
class BadInputTest {
    private static final InetSocketAddress LOCAL = new InetSocketAddress("198.51.100.1", 5000);
    private static final InetSocketAddress PEER = new InetSocketAddress("198.51.100.9", 6000);
    private static final IceCredentials PEER_CREDS = new IceCredentials("peer", "peerpasswordpeerpassword");

    private IceAgent agent;
    private long now = 1_000_000_000L;

    @BeforeEach
    void setUp() {
        agent = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLED).random(new Random(7)).build());
        agent.addHostAddress(LOCAL);
        agent.startGathering(now);
        agent.setRemoteCredentials(PEER_CREDS);
    }

    private StunMessageBuilder check(String ufrag, String pwdForIntegrity) {
        return StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(ufrag + ":peer")).add(new Priority(1845501695L))
                .add(new IceControlling(1)).messageIntegrity(StunCredentials.shortTermKey(pwdForIntegrity));
    }

    private StunMessage deliver(byte[] bytes) {
        agent.handleInput(now, IceDatagram.udp(LOCAL, PEER, bytes));
        IceDatagram out = agent.pollTransmit();
        return out == null || !StunMessage.isStun(out.payload(), 0, out.payload().length) ? null
                : StunMessage.decode(out.payload());
    }

    @Test
    void validCheckGetsSignedSuccessWithTheSourceAddress() {
        StunMessage r = deliver(check(agent.localCredentials().ufrag(), agent.localCredentials().pwd()).fingerprint().build().encode());
        assertEquals(StunMessageType.BINDING_SUCCESS, r.type());
        assertEquals(PEER, r.get(XorMappedAddress.class).orElseThrow().address());
        assertTrue(r.checkIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd())));
        assertTrue(r.checkFingerprint());
        assertEquals(1, agent.stats().checksReceived());
    }

    @Test
    void badIntegrityIsIgnored() {
        assertNull(deliver(check(agent.localCredentials().ufrag(), "wrongpasswordwrongpassword").fingerprint().build().encode()));
        assertEquals(1, agent.stats().droppedBadIntegrity());
        assertEquals(0, agent.stats().checksReceived());
    }

    @Test
    void badFingerprintIsIgnored() {
        byte[] b = check(agent.localCredentials().ufrag(), agent.localCredentials().pwd()).fingerprint().build().encode();
        b[b.length - 1] ^= 1;
        assertNull(deliver(b));
        assertEquals(1, agent.stats().droppedBadIntegrity());
    }

    @Test
    void unknownUfragIsIgnored() {
        assertNull(deliver(check("nobody", agent.localCredentials().pwd()).fingerprint().build().encode()));
        assertEquals(1, agent.stats().droppedUnknown());
    }

    @Test
    void unknownComprehensionRequiredAttributeGets420() {
        StunMessage r = deliver(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(1))
                .add(new IceControlling(1)).add(new UnknownAttribute(0x7777, new byte[] {1, 2, 3, 4}))
                .add(new UnknownAttribute(0xC777, new byte[] {1})) // comprehension-optional: not listed
                .messageIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd())).fingerprint().build().encode());
        assertEquals(StunMessageType.BINDING_ERROR, r.type());
        assertEquals(420, r.get(ErrorCode.class).orElseThrow().code());
        assertEquals(List.of(0x7777), r.get(UnknownAttributes.class).orElseThrow().types());
        assertEquals(1, agent.stats().unknownAttributeErrors());
    }

    @Test
    void requestWithoutCredentialsGets400() {
        StunMessage r = deliver(StunMessage.builder(StunMessageType.BINDING_REQUEST).fingerprint().build().encode());
        assertEquals(400, r.get(ErrorCode.class).orElseThrow().code());
    }

    @Test
    void roleConflictWithLargerTieBreakerGets487() {
        // We are controlled; a peer claiming controlled with a smaller tie-breaker must switch (§7.3.1.1).
        StunMessage r = deliver(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(1))
                .add(new IceControlled(0)).messageIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd()))
                .fingerprint().build().encode());
        // Our tie-breaker is almost surely larger than 0: we become controlling and answer success.
        assertEquals(StunMessageType.BINDING_SUCCESS, r.type());
        assertEquals(IceRole.CONTROLLING, agent.role());
        // Now a peer claiming controlling with the largest tie-breaker: we are controlling and lose, so we switch back.
        r = deliver(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(1))
                .add(new IceControlling(-1L)).messageIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd()))
                .fingerprint().build().encode());
        assertEquals(StunMessageType.BINDING_SUCCESS, r.type());
        assertEquals(IceRole.CONTROLLED, agent.role());
        // And a controlled peer with the largest tie-breaker while we are controlled: it must switch, we send 487.
        r = deliver(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(new Username(agent.localCredentials().ufrag() + ":peer")).add(new Priority(1))
                .add(new IceControlled(-1L)).messageIntegrity(StunCredentials.shortTermKey(agent.localCredentials().pwd()))
                .fingerprint().build().encode());
        assertEquals(487, r.get(ErrorCode.class).orElseThrow().code());
        assertEquals(1, agent.stats().roleConflicts());
    }

    @Test
    void malformedStunIsDroppedAndCounted() {
        byte[] good = check(agent.localCredentials().ufrag(), agent.localCredentials().pwd()).fingerprint().build().encode();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        byte[] badLength = good.clone();
        badLength[3] = (byte) 0xFF;
        assertNull(deliver(truncated));
        assertNull(deliver(badLength));
        assertNull(deliver(new byte[] {0, 1}));
        assertEquals(3, agent.stats().droppedMalformed());
        // Data from an unknown address is dropped too, never surfaced.
        assertNull(deliver(new byte[] {(byte) 0x80, 1, 2, 3}));
        assertEquals(1, agent.stats().droppedUnknown());
        assertNull(agent.pollTransmit());
    }

    @Test
    void aggressiveNominationFromAnOlderPeerIsAccepted() {
        // USE-CANDIDATE on the very first check (RFC 5245 aggressive nomination), from an address
        // we were never told about: a peer-reflexive candidate.
        StunMessage r = deliver(check(agent.localCredentials().ufrag(), agent.localCredentials().pwd())
                .add(new UseCandidate()).fingerprint().build().encode());
        assertEquals(StunMessageType.BINDING_SUCCESS, r.type());
        assertTrue(agent.selectedPair().isEmpty(), "nominated, but not valid before our own check succeeds");
        // Our triggered check goes out at once; the peer answers it.
        now = Math.max(now, agent.pollTimeout());
        agent.handleTimeout(now);
        IceDatagram out = agent.pollTransmit();
        StunMessage ourCheck = StunMessage.decode(out.payload());
        assertEquals(PEER, out.remote());
        assertEquals("peer:" + agent.localCredentials().ufrag(), ourCheck.get(Username.class).orElseThrow().value());
        assertTrue(ourCheck.checkIntegrity(StunCredentials.shortTermKey(PEER_CREDS.pwd())));
        assertTrue(ourCheck.get(IceControlled.class).isPresent());
        deliver(StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(ourCheck.transactionId())
                .add(new XorMappedAddress(LOCAL)).messageIntegrity(StunCredentials.shortTermKey(PEER_CREDS.pwd()))
                .fingerprint().build().encode());
        IceCandidatePair selected = agent.selectedPair().orElseThrow();
        assertEquals(IceCandidateType.PRFLX, selected.remote().type());
        assertEquals(1845501695L, selected.remote().priority(), "the prflx priority comes from PRIORITY");
        assertEquals(IceConnectionState.CONNECTED, agent.connectionState());
        // Data now flows both ways on the pair.
        assertTrue(agent.send(now, new byte[] {(byte) 0x80, 1}));
        assertEquals(PEER, agent.pollTransmit().remote());
        agent.handleInput(now, IceDatagram.udp(LOCAL, PEER, new byte[] {(byte) 0x80, 2}));
        boolean gotData = false;
        for (IceEvent e = agent.pollEvent(); e != null; e = agent.pollEvent()) {
            gotData |= e instanceof IceEvent.DataReceived d && d.datagram().payload()[1] == 2;
        }
        assertTrue(gotData);
    }

    @Test
    void forgedResponseDoesNotEndTheTransaction() {
        deliver(check(agent.localCredentials().ufrag(), agent.localCredentials().pwd()).fingerprint().build().encode());
        now = Math.max(now, agent.pollTimeout());
        agent.handleTimeout(now);
        StunMessage ourCheck = StunMessage.decode(agent.pollTransmit().payload());
        deliver(StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(ourCheck.transactionId())
                .add(new XorMappedAddress(LOCAL)).messageIntegrity(StunCredentials.shortTermKey("forgedforgedforgedforged"))
                .fingerprint().build().encode());
        assertEquals(1, agent.stats().droppedBadIntegrity());
        assertEquals(IceConnectionState.CHECKING, agent.connectionState());
        deliver(StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(ourCheck.transactionId())
                .add(new XorMappedAddress(LOCAL)).messageIntegrity(StunCredentials.shortTermKey(PEER_CREDS.pwd()))
                .fingerprint().build().encode());
        assertEquals(IceConnectionState.CONNECTED, agent.connectionState());
    }

    @Test
    void localUfragReadsTheUsernameOfARequest() {
        byte[] b = check("abcd", "whateverwhateverwhatever").fingerprint().build().encode();
        assertEquals("abcd", IceAgent.localUfrag(b));
        assertNull(IceAgent.localUfrag(new byte[] {1, 2, 3}));
        assertNull(IceAgent.localUfrag(StunMessage.builder(StunMessageType.BINDING_SUCCESS).build().encode()));
    }
}
