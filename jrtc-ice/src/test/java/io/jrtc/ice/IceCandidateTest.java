package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Candidate lines as browsers and other stacks write them (RFC 8839 §5.1), parsed and printed back exactly. */
class IceCandidateTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // Chrome host, srflx, relay, tcp, IPv6, mDNS
        "candidate:842163049 1 udp 2122260223 192.168.1.23 54321 typ host generation 0 ufrag EsAw network-id 1 network-cost 10",
        "candidate:1467250027 1 udp 1686052607 203.0.113.5 50000 typ srflx raddr 192.168.1.23 rport 54321 generation 0 ufrag EsAw network-id 1 network-cost 10",
        "candidate:3745372577 1 udp 41885439 198.51.100.9 61000 typ relay raddr 203.0.113.5 rport 50000 generation 0 ufrag EsAw network-id 1 network-cost 10",
        "candidate:1982463041 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active generation 0 ufrag EsAw network-id 1 network-cost 10",
        "candidate:2999745851 1 udp 2122262783 2001:db8::8a2e:370:7334 57000 typ host generation 0 ufrag EsAw network-id 2",
        "candidate:1850421556 1 udp 2113937151 0f3a6d1c-6e4b-4b3e-9b1f-53f1b3b5d5a2.local 52371 typ host generation 0 ufrag 9Zw+ network-cost 999",
        // Firefox
        "candidate:0 1 UDP 2122252543 10.0.0.5 62145 typ host",
        "candidate:1 1 TCP 2105524479 10.0.0.5 9 typ host tcptype active",
        "candidate:2 1 UDP 1686052863 203.0.113.77 62145 typ srflx raddr 10.0.0.5 rport 62145",
        // prflx, passive and so tcp, unknown extensions kept in order
        "candidate:4 1 udp 1845501695 198.51.100.2 3478 typ prflx raddr 0.0.0.0 rport 0",
        "candidate:5 1 tcp 1518280447 10.1.1.1 443 typ host tcptype passive",
        "candidate:6 1 tcp 1518280447 10.1.1.1 443 typ host tcptype so",
        "candidate:a+b/C 256 udp 0 10.1.1.1 0 typ host x-foo bar generation 3 x-zzz 1",
    })
    void roundTripsExactly(String line) throws Exception {
        IceCandidate c = IceCandidate.parse(line);
        assertEquals(line, c.toString());
        assertEquals(c, IceCandidate.parse("a=" + line));
        assertEquals(c, c.toBuilder().build());
    }

    @Test
    void readsEveryField() throws Exception {
        IceCandidate c = IceCandidate.parse("candidate:1467250027 1 udp 1686052607 203.0.113.5 50000 typ srflx "
                + "raddr 192.168.1.23 rport 54321 generation 2 ufrag EsAw network-id 7 network-cost 10 x-new y");
        assertEquals("1467250027", c.foundation());
        assertEquals(1, c.component());
        assertTrue(c.isUdp());
        assertEquals(1686052607L, c.priority());
        assertEquals(new InetSocketAddress(InetAddress.getByName("203.0.113.5"), 50000), c.socketAddress().orElseThrow());
        assertEquals(IceCandidateType.SRFLX, c.type());
        assertEquals(Optional.of("192.168.1.23"), c.relatedAddress());
        assertEquals(54321, c.relatedPort());
        assertEquals(Optional.of(2), c.generation());
        assertEquals(Optional.of("EsAw"), c.ufrag());
        assertEquals(Optional.of(7), c.networkId());
        assertEquals(Optional.of(10), c.networkCost());
        assertEquals(Optional.of("y"), c.extension("x-new"));
        assertEquals(5, c.extensions().size());
        assertEquals(Optional.empty(), c.tcpType());
    }

    @Test
    void tcpTypeAndMdns() throws Exception {
        IceCandidate tcp = IceCandidate.parse("candidate:1 1 tcp 1518280447 10.0.0.5 9 typ host tcptype passive");
        assertTrue(tcp.isTcp());
        assertEquals(Optional.of(IceTcpType.PASSIVE), tcp.tcpType());
        IceCandidate mdns = IceCandidate.parse("candidate:1 1 udp 1 abc-def.local 5000 typ host");
        assertTrue(mdns.isMdns());
        assertEquals(Optional.empty(), mdns.socketAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "candidate", "candidate:", "foo:1 1 udp 1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ", "candidate:1 1 udp 1 1.2.3.4 5 type host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ bogus", "candidate:1 0 udp 1 1.2.3.4 5 typ host",
        "candidate:1 257 udp 1 1.2.3.4 5 typ host", "candidate:1 1 udp 4294967296 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 1.2.3.4 65536 typ host", "candidate:1 1 udp -1 1.2.3.4 5 typ host",
        "candidate:1  1 udp 1 1.2.3.4 5 typ host", "candidate:1 1 udp 1 1.2.3.4 5 typ host ",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host generation", "candidate:1 1 udp 1 1.2.3.4 5 typ host tcptype up",
        "candidate:1 1 udp 1 1.2.3.4 5 typ srflx raddr", "candidate:1 1 udp 1 1.2.3.4 5 typ srflx rport x",
        "candidate:123456789012345678901234567890123 1 udp 1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 bad_host! 5 typ host", "candidate:1 1 u(p 1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host x\u00e9 1", "candidate:f\u00f6 1 udp 1 1.2.3.4 5 typ host",
    })
    void rejectsBadLines(String line) {
        IceCandidateParseException e = assertThrows(IceCandidateParseException.class, () -> IceCandidate.parse(line));
        assertTrue(e.offset() >= 0 && e.offset() <= line.length() + 2, e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }

    @Test
    void rejectsNull() {
        assertThrows(IceCandidateParseException.class, () -> IceCandidate.parse(null));
    }

    @Test
    void builderMakesBrowserStyleLines() throws Exception {
        IceCandidate c = IceCandidate.builder().foundation("1").priority(IcePriorities.candidate(IceCandidateType.HOST, 65535))
                .address(new InetSocketAddress(InetAddress.getByName("2001:db8:0:0:0:0:0:1"), 5000))
                .type(IceCandidateType.HOST).extension("generation", "0").extension("ufrag", "abcd").build();
        assertEquals("candidate:1 1 udp 2130706431 2001:db8::1 5000 typ host generation 0 ufrag abcd", c.toString());
        assertThrows(IllegalArgumentException.class, () -> IceCandidate.builder().foundation("bad foundation")
                .priority(1).address("1.2.3.4").port(1).type(IceCandidateType.HOST).build());
    }

    @Test
    void prioritiesFollowRfc8445() {
        // §5.1.2.1 with the recommended type preferences of §5.1.2.2.
        assertEquals((126L << 24) + (65535L << 8) + 255, IcePriorities.candidate(IceCandidateType.HOST, 65535));
        assertEquals(2130706431L, IcePriorities.candidate(126, 65535, 1));
        assertEquals(1694498815L, IcePriorities.candidate(IceCandidateType.SRFLX, 65535));
        assertEquals(16777215L, IcePriorities.candidate(IceCandidateType.RELAY, 65535));
        assertEquals(1862270975L, IcePriorities.candidate(IceCandidateType.PRFLX, 65535));
        assertThrows(IllegalArgumentException.class, () -> IcePriorities.candidate(127, 0, 1));
        // §6.1.2.3: 2^32*MIN(G,D) + 2*MAX(G,D) + (G>D?1:0).
        assertEquals((5L << 32) + 2 * 7 + 1, IcePriorities.pair(7, 5));
        assertEquals((5L << 32) + 2 * 7, IcePriorities.pair(5, 7));
        assertTrue(IcePriorities.localPreference(true, 0) > IcePriorities.localPreference(false, 0));
    }

    @Test
    void foundationsGroupByTypeBaseServerAndTransport() throws Exception {
        InetAddress a = InetAddress.getByName("10.0.0.1");
        InetAddress b = InetAddress.getByName("10.0.0.2");
        InetAddress s = InetAddress.getByName("192.0.2.1");
        String f = CandidateFactory.foundation(IceCandidateType.SRFLX, a, s, IceTransport.UDP);
        assertEquals(f, CandidateFactory.foundation(IceCandidateType.SRFLX, a, s, IceTransport.UDP));
        List<String> others = List.of(CandidateFactory.foundation(IceCandidateType.HOST, a, null, IceTransport.UDP),
                CandidateFactory.foundation(IceCandidateType.SRFLX, b, s, IceTransport.UDP),
                CandidateFactory.foundation(IceCandidateType.SRFLX, a, b, IceTransport.UDP),
                CandidateFactory.foundation(IceCandidateType.SRFLX, a, s, IceTransport.TCP));
        for (String o : others) {
            assertFalse(o.equals(f));
        }
    }
}
