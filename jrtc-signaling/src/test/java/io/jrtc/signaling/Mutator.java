package io.jrtc.signaling;

import java.util.List;
import java.util.Random;

/** Seeded mutations of valid protocol messages: the inputs of the mutation tests. */
final class Mutator {
    static final List<String> CORPUS = List.of(
            "{\"type\":\"join\",\"room\":\"room-1\"}",
            "{\"type\":\"leave\"}",
            "{\"type\":\"ping\"}",
            "{\"type\":\"signal\",\"data\":{\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\n\"}}",
            "{\"type\":\"signal\",\"to\":\"0123456789abcdef\",\"data\":{\"type\":\"answer\",\"sdp\":\"v=0\\r\\n\"}}",
            "{\"type\":\"signal\",\"data\":{\"type\":\"rollback\"}}",
            "{\"type\":\"signal\",\"data\":{\"candidate\":\"candidate:1 1 udp 2130706431 127.0.0.1 5000 typ host\","
                    + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":\"abcd\"}}",
            "{\"type\":\"signal\",\"data\":{\"candidate\":\"\",\"sdpMid\":null,\"sdpMLineIndex\":null}}");

    /** Characters that matter to JSON, to splice in. */
    private static final String SPECIAL = "{}[]\":,\\ -0123456789eE.+tfnul\u0000\u00e9\ud83d\ude00\ud800";
    private static final String[] TOKENS = {"null", "true", "false", "[]", "{}", "\"\"", "-1", "1e999",
        "99999999999999999999", "0.5", "\"join\"", "\"signal\"", "\"data\"", "\"type\"", "\"candidate\"",
        "\"sdpMLineIndex\"", "\\u0000", "\\ud800", "[[[[[[[[[[", "}}}}}"};

    private Mutator() {
    }

    static String mutate(Random rnd, String input) {
        StringBuilder s = new StringBuilder(input);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : rnd.nextInt(s.length() + 1);
            switch (rnd.nextInt(7)) {
                case 0 -> { // delete a run
                    if (at < s.length()) {
                        s.delete(at, Math.min(s.length(), at + 1 + rnd.nextInt(8)));
                    }
                }
                case 1 -> s.insert(at, SPECIAL.charAt(rnd.nextInt(SPECIAL.length())));
                case 2 -> { // replace one character
                    if (at < s.length()) {
                        s.setCharAt(at, SPECIAL.charAt(rnd.nextInt(SPECIAL.length())));
                    }
                }
                case 3 -> s.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 4 -> s.setLength(Math.min(s.length(), at)); // truncate
                case 5 -> { // duplicate a run
                    if (at < s.length()) {
                        int end = Math.min(s.length(), at + 1 + rnd.nextInt(16));
                        s.insert(end, s.substring(at, end));
                    }
                }
                default -> { // random code unit
                    s.insert(at, (char) rnd.nextInt(0x10000));
                }
            }
        }
        return s.toString();
    }
}
