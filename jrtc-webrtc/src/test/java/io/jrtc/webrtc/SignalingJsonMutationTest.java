package io.jrtc.webrtc;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutations of real signaling messages; the invariants of {@link SignalingJsonInvariants} hold for each. */
class SignalingJsonMutationTest {
    private static final List<String> SEEDS = List.of(
            "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 6866547339395169191 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n\"}",
            "{\"candidate\":\"candidate:358765619 1 udp 2122194687 127.0.0.1 58145 typ host generation 0 ufrag Jt6o"
                    + " network-id 3 network-cost 50\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"Jt6o\"}",
            "{\"candidate\":\"candidate:1 1 tcp 1518214911 ::1 9 typ relay raddr ::2 rport 5 tcptype so\","
                    + "\"sdpMid\":null,\"sdpMLineIndex\":1.0e0,\"usernameFragment\":null}",
            "{\"type\":\"rollback\",\"sdp\":\"\",\"nested\":[[[{\"a\":[true,false,null,-0.5e-3]}]]]}");
    private static final String ALPHABET = "{}[]\":,\\ -.eE0123456789truefalsnu\u00e9\ud83d\u0000\n";

    @Test
    void mutatedMessagesFailOnlyWithSyntaxOrTypeErrors() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 40_000; i++) {
            SignalingJsonInvariants.check(mutate(SEEDS.get(random.nextInt(SEEDS.size())), random));
        }
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        SignalingJsonInvariants.check("[".repeat(100_000));
        SignalingJsonInvariants.check("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        SignalingJsonInvariants.check("{\"sdpMLineIndex\":1e99999999999}");
        SignalingJsonInvariants.check("{\"sdpMid\":\"0\",\"sdpMLineIndex\":1e2147483648}");
    }

    static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> s.setLength(at);
                default -> {
                    int len = Math.min(s.length() - at, 1 + random.nextInt(20));
                    s.insert(random.nextInt(s.length()), s.substring(at, at + len));
                }
            }
        }
        return s.toString();
    }
}
