package io.jrtc.sctp.datachannel;

import io.jrtc.sctp.SctpParseException;

/** Any bytes either parse to a message that re-encodes to the same bytes, or throw SctpParseException. */
final class DcepInvariants {
    private DcepInvariants() {}

    static void check(byte[] data) {
        DcepMessage m;
        try {
            m = DcepMessage.parse(data);
        } catch (SctpParseException expected) {
            return;
        }
        if (!java.util.Arrays.equals(m.encode(), data)) {
            throw new AssertionError("DCEP re-encoding differs");
        }
    }
}
