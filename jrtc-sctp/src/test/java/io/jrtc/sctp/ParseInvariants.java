package io.jrtc.sctp;

import java.util.Arrays;

/** What must hold for any input to the parsers (DESIGN.md "Bad input and errors"). */
final class ParseInvariants {
    private ParseInvariants() {}

    static void checkPacket(byte[] data) {
        SctpPacket p;
        try {
            p = SctpPacket.parse(data, true);
        } catch (SctpParseException expected) {
            return;
        }
        byte[] again = p.encode(true);
        SctpPacket q;
        try {
            q = SctpPacket.parse(again, true);
        } catch (SctpParseException e) {
            throw new AssertionError("re-encoded packet does not parse: " + e.getMessage(), e);
        }
        if (!Arrays.equals(again, q.encode(true))) {
            throw new AssertionError("encoding is not stable");
        }
    }
}
