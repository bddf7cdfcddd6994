package io.jrtc.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CandidateTest {
    private static final String SRFLX = "candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx"
            + " raddr 10.0.0.5 rport 46154 generation 0 ufrag EsAw network-id 1 network-cost 10";

    @Test
    void parsesEveryField() {
        Candidate c = Candidate.parse(SRFLX);
        assertEquals("842163049", c.foundation());
        assertEquals(1, c.component());
        assertEquals("udp", c.transport());
        assertEquals(1677729535L, c.priority());
        assertEquals("203.0.113.7", c.address());
        assertEquals(46154, c.port());
        assertEquals("srflx", c.type());
        assertEquals(Optional.of("10.0.0.5"), c.relatedAddress());
        assertEquals(OptionalInt.of(46154), c.relatedPort());
        assertEquals(List.of("generation", "ufrag", "network-id", "network-cost"), List.copyOf(c.extensions().keySet()));
        assertEquals(Optional.of("EsAw"), c.extension("ufrag"));
        assertEquals(Optional.empty(), c.tcpType());
    }

    @Test
    void writesWhatItRead() {
        Candidate c = Candidate.parse(SRFLX);
        assertEquals(SRFLX, c.toString());
        assertEquals("a=" + SRFLX, c.toAttribute().toString());
        assertEquals(c, Candidate.parse("a=" + SRFLX));
        assertEquals(c, Candidate.parse(SRFLX.substring("candidate:".length())));
    }

    @Test
    void readsTcpMdnsAndIpv6Candidates() {
        Candidate tcp = Candidate.parse(
                "candidate:1467250027 1 tcp 1518280447 192.168.0.196 9 typ host tcptype active generation 0");
        assertEquals(Optional.of("active"), tcp.tcpType());
        assertEquals(9, tcp.port());
        Candidate mdns = Candidate.parse("candidate:3 1 UDP 2113937151 4ad1c3b6-1234-4a5b-9c8d.local 54321 typ host");
        assertEquals("4ad1c3b6-1234-4a5b-9c8d.local", mdns.address());
        assertEquals("UDP", mdns.transport());
        assertEquals(Map.of(), mdns.extensions());
        Candidate v6 = Candidate.parse("candidate:1 2 udp 1 fd00::2 0 typ relay raddr :: rport 0");
        assertEquals(2, v6.component());
        assertEquals("relay", v6.type());
    }

    @Test
    void isBuiltFromParts() {
        Candidate c = Candidate.of("1", 1, "udp", 2130706431L, "192.0.2.1", 5000, "host")
                .withExtension("generation", "0");
        assertEquals("candidate:1 1 udp 2130706431 192.0.2.1 5000 typ host generation 0", c.toString());
        Candidate relay = Candidate.of("7", 1, "udp", 16777215L, "198.51.100.1", 3478, "relay")
                .withRelated("0.0.0.0", 0);
        assertEquals("candidate:7 1 udp 16777215 198.51.100.1 3478 typ relay raddr 0.0.0.0 rport 0", relay.toString());
        assertEquals(relay, Candidate.parse(relay.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "candidate:",
        "candidate:1 1 udp 1 1.2.3.4 5 host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ",
        "candidate:1 0 udp 1 1.2.3.4 5 typ host",
        "candidate:1 257 udp 1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 4294967296 1.2.3.4 5 typ host",
        "candidate:1 1 udp -1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 1.2.3.4 65536 typ host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host generation",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host raddr 1.2.3.4 rport x",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host a 1 a 2",
        "candidate:1  1 udp 1 1.2.3.4 5 typ host",
        "candidate:f:o 1 udp 1 1.2.3.4 5 typ host",
        "candidate:123456789012345678901234567890123 1 udp 1 1.2.3.4 5 typ host",
        "candidate:1 1 udp 1 1.2.3.4 5 typ host\r\n",
    })
    void rejectsMalformedCandidates(String text) {
        SdpParseException e = assertThrows(SdpParseException.class, () -> Candidate.parse(text));
        assertEquals(1, e.lineNumber());
        assertTrue(e.getMessage().contains("typ <type>"), e.getMessage());
    }

    @Test
    void rejectsNullAsAParseError() {
        SdpParseException e = assertThrows(SdpParseException.class, () -> Candidate.parse(null));
        assertEquals(Optional.empty(), e.line());
    }

    @Test
    void validatesBuiltCandidates() {
        assertThrows(IllegalArgumentException.class, () -> Candidate.of("1", 1, "udp", 1, "a b", 1, "host"));
        assertThrows(IllegalArgumentException.class, () -> Candidate.of("1", 1, "udp", 1, "a", 70000, "host"));
        Candidate c = Candidate.of("1", 1, "udp", 1, "a", 1, "host");
        assertThrows(IllegalArgumentException.class, () -> c.withExtension("x", "two words"));
    }

    @Test
    void isReadFromAndAddedToMediaSections() {
        MediaDescription m = HandWritten.media("a=" + SRFLX, "a=end-of-candidates");
        assertEquals(List.of(Candidate.parse(SRFLX)), m.candidates());
        assertTrue(m.endOfCandidates());
        Candidate host = Candidate.of("2", 1, "udp", 2130706431L, "10.0.0.5", 46154, "host");
        MediaDescription more = m.toBuilder().candidate(host).build();
        assertEquals(List.of(Candidate.parse(SRFLX), host), more.candidates());
        List<SdpLine> lines = more.lines();
        assertEquals("a=end-of-candidates", lines.get(lines.size() - 1).toString());
        assertEquals(List.of(), more.toBuilder().removeCandidates().build().candidates());
    }
}
