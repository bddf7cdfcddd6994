package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.StunMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Host address selection, relay candidates handed in by a TURN client, credentials and W3C names. */
class LocalCandidatesTest {
    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void policyLeavesOutLoopbackAndLinkLocalByDefaultAndPutsIpv6First() throws Exception {
        Map<String, List<InetAddress>> interfaces = new LinkedHashMap<>();
        interfaces.put("lo", List.of(ip("127.0.0.1"), ip("::1")));
        interfaces.put("eth0", List.of(ip("192.168.1.5"), ip("fe80::1"), ip("2001:db8::5")));
        interfaces.put("docker0", List.of(ip("172.17.0.1")));
        assertEquals(List.of(ip("2001:db8::5"), ip("192.168.1.5"), ip("172.17.0.1")),
                HostCandidatePolicy.defaults().select(interfaces));
        HostCandidatePolicy custom = HostCandidatePolicy.builder().includeLoopback(true).ipv6(false)
                .denyInterfaces(Set.of("docker0")).addressFilter(a -> !a.getHostAddress().startsWith("192.168.")).build();
        assertEquals(List.of(ip("127.0.0.1")), custom.select(interfaces));
        HostCandidatePolicy only = HostCandidatePolicy.builder().allowInterfaces(Set.of("eth0")).includeLinkLocal(true).build();
        assertEquals(List.of(ip("fe80::1"), ip("2001:db8::5"), ip("192.168.1.5")), only.select(interfaces));
    }

    @Test
    void portRange() {
        HostCandidatePolicy p = HostCandidatePolicy.builder().portRange(50000, 50100).build();
        assertTrue(p.portAllowed(50000) && p.portAllowed(50100));
        assertFalse(p.portAllowed(49999) || p.portAllowed(50101));
        assertTrue(HostCandidatePolicy.defaults().portAllowed(1));
        assertThrows(IllegalArgumentException.class, () -> HostCandidatePolicy.builder().portRange(10, 5));
    }

    @Test
    void relayCandidateIsALocalCandidateWhoseBaseIsTheRelayedAddress() throws Exception {
        IceAgent agent = new IceAgent(IceWorld.config(5, IceRole.CONTROLLING).build());
        InetSocketAddress relayed = new InetSocketAddress(ip("192.0.2.50"), 40000);
        InetSocketAddress mapped = new InetSocketAddress(ip("203.0.113.7"), 6000);
        agent.addRelayCandidate(relayed, mapped, new InetSocketAddress(ip("192.0.2.50"), 3478));
        agent.startGathering(0);
        List<IceCandidate> candidates = agent.localCandidates();
        assertEquals(1, candidates.size());
        IceCandidate relay = candidates.get(0);
        assertEquals(IceCandidateType.RELAY, relay.type());
        assertEquals("192.0.2.50", relay.address());
        assertEquals("203.0.113.7", relay.relatedAddress().orElseThrow());
        assertEquals(6000, relay.relatedPort());
        assertEquals(IcePriorities.candidate(IceCandidateType.RELAY, 65535), relay.priority());
        agent.setRemoteCredentials(new IceCredentials("peer", "peerpasswordpeerpassword"));
        agent.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 2130706431 198.51.100.4 7000 typ host"));
        agent.handleTimeout(agent.pollTimeout());
        IceDatagram check = agent.pollTransmit();
        // The TURN client sends this on: local is the relayed address, remote the peer.
        assertEquals(relayed, check.local());
        assertEquals(new InetSocketAddress(ip("198.51.100.4"), 7000), check.remote());
        assertTrue(StunMessage.isStun(check.payload(), 0, check.payload().length));
    }

    @Test
    void credentialsAreValidatedAndThePasswordIsNeverPrinted() {
        IceCredentials c = IceCredentials.random(new Random(1));
        assertEquals(16, c.ufrag().length());
        assertEquals(24, c.pwd().length());
        assertFalse(c.toString().contains(c.pwd()));
        assertThrows(IllegalArgumentException.class, () -> new IceCredentials("abc", "x".repeat(22)));
        assertThrows(IllegalArgumentException.class, () -> new IceCredentials("abcd", "x".repeat(21)));
        assertThrows(IllegalArgumentException.class, () -> new IceCredentials("ab:d", "x".repeat(22)));
    }

    @Test
    void statesUseTheW3cStrings() {
        assertEquals("checking", IceConnectionState.CHECKING.toString());
        assertEquals(IceConnectionState.DISCONNECTED, IceConnectionState.fromString("disconnected"));
        assertEquals("complete", IceGatheringState.COMPLETE.toString());
        assertEquals(IceGatheringState.NEW, IceGatheringState.fromString("new"));
        assertThrows(IllegalArgumentException.class, () -> IceConnectionState.fromString("Checking"));
    }

    @Test
    void closedAgentIsSilent() {
        IceAgent agent = new IceAgent(IceWorld.config(6, IceRole.CONTROLLING).build());
        agent.addHostAddress(new InetSocketAddress("198.51.100.1", 5000));
        agent.startGathering(0);
        agent.close(1);
        assertEquals(IceConnectionState.CLOSED, agent.connectionState());
        assertEquals(Long.MAX_VALUE, agent.pollTimeout());
        assertFalse(agent.send(2, new byte[] {1}));
        assertEquals(null, agent.pollTransmit());
    }
}
