package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

/**
 * What must hold for any byte sequence, shared by the Jazzer targets and the seeded mutation test:
 * decoding throws {@link StunParseException} or nothing; a decoded message re-encodes from its
 * fields into bytes that decode to an equal message, and re-encoding is then stable; the checks and
 * the demultiplexer never throw.
 */
final class DecodeInvariants {
    private DecodeInvariants() {}

    private static final byte[] KEY = StunCredentials.shortTermKey(Rfc5769.SHORT_TERM_PASSWORD);

    /** Returns true if {@code data} decoded as STUN. Assertion errors and other exceptions escape. */
    static boolean checkStun(byte[] data) {
        // Neither may throw on any input.
        StunMessage.isStun(data, 0, data.length);
        DatagramKind.classify(data, 0, data.length);
        StunMessage m;
        try {
            m = StunMessage.decode(data, 0, data.length);
        } catch (StunParseException expected) {
            return false;
        }
        assertArrayEquals(data, m.encode(), "encode() is the decoded bytes");
        m.checkIntegrity(KEY);
        m.checkIntegritySha256(KEY);
        m.checkFingerprint();
        m.unknownComprehensionRequired();
        m.toString();

        byte[] reencoded = m.toBuilder().build().encode();
        StunMessage again = StunMessage.decode(reencoded);
        assertEquals(m, again, () -> "re-encoding changed the message; input " + HexFormat.of().formatHex(data));
        assertEquals(m.hashCode(), again.hashCode());
        assertArrayEquals(reencoded, again.toBuilder().build().encode(), "re-encoding is stable");
        return true;
    }

    /** Returns true if {@code data} decoded as ChannelData. */
    static boolean checkChannelData(byte[] data) {
        ChannelData.isChannelData(data, 0, data.length);
        ChannelData c;
        try {
            c = ChannelData.decode(data, 0, data.length);
        } catch (StunParseException expected) {
            return false;
        }
        assertEquals(c, ChannelData.decode(c.encode(false), 0, c.encodedLength(false)));
        assertEquals(c, ChannelData.decode(c.encode(true), 0, c.encodedLength(true)));
        return true;
    }
}
