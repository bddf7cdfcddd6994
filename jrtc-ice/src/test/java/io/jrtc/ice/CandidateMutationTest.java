package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation of valid candidate lines, without Jazzer: 50,000 inputs by character edits,
 * insertions, deletions, truncations and field swaps. Only the parse exception may escape, and
 * whatever parses round-trips. The seed is fixed, so a failure reproduces.
 */
class CandidateMutationTest {
    private static final List<String> SEEDS = List.of(
            "candidate:842163049 1 udp 2122260223 192.168.1.23 54321 typ host generation 0 ufrag EsAw network-id 1 network-cost 10",
            "candidate:1467250027 1 udp 1686052607 203.0.113.5 50000 typ srflx raddr 192.168.1.23 rport 54321 generation 0",
            "candidate:1 1 TCP 2105524479 2001:db8::1 9 typ host tcptype active",
            "candidate:2 1 udp 1 x.local 5 typ relay raddr 1.2.3.4 rport 9 x y");
    private static final String ALPHABET = " :./+-0123456789abcdefxyzACGTUDP%\u00e9\t";

    @Test
    void onlyParseExceptionEscapes() {
        Random random = new Random(8839);
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(4)) {
                    case 0 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 2 -> sb.deleteCharAt(at);
                    default -> sb.setLength(at);
                }
            }
            if (CandidateInvariants.check(sb.toString())) {
                parsed++;
            }
        }
        // The mutations must reach past the first field: some still parse, most do not.
        assertTrue(parsed > 1_000 && parsed < 49_000, "parsed " + parsed);
    }
}
