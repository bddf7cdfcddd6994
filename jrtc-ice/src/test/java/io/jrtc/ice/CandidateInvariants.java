package io.jrtc.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What must hold for any input line: only the parse exception escapes; a parsed line prints back
 * as itself, except that numbers lose leading zeros (the grammar allows them, browsers never send
 * them); and the printed line parses to an equal candidate.
 */
final class CandidateInvariants {
    private CandidateInvariants() {}

    /** Returns whether the line parsed. */
    static boolean check(String line) {
        IceCandidate c;
        try {
            c = IceCandidate.parse(line);
        } catch (IceCandidateParseException e) {
            return false;
        }
        String printed = c.toString();
        String expected = line.startsWith("a=") ? line.substring(2) : line;
        if (!expected.matches(".*(^|[ :])0[0-9].*")) {
            assertEquals(expected.substring(10), printed.substring(10), "round trip");
        }
        try {
            assertEquals(c, IceCandidate.parse(printed));
            c.socketAddress();
            c.generation();
            c.networkCost();
            c.tcpType();
        } catch (IceCandidateParseException e) {
            throw new AssertionError("printed line does not parse: " + printed, e);
        }
        return true;
    }
}
