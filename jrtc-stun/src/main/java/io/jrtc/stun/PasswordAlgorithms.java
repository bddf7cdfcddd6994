package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * PASSWORD-ALGORITHMS (RFC 8489 §14.11): the long-term key algorithms a server supports, in its
 * order of preference, sent in 401 and 438 responses. Each entry is a 16-bit algorithm, a 16-bit
 * parameters length and the parameters padded to a 4-byte boundary.
 *
 * @param algorithms the entries, in the server's order of preference
 */
public record PasswordAlgorithms(List<PasswordAlgorithm> algorithms) implements StunAttribute {
    public PasswordAlgorithms {
        algorithms = List.copyOf(algorithms);
    }

    @Override
    public int type() {
        return StunAttributeType.PASSWORD_ALGORITHMS;
    }

    // The last entry's padding may be left to the attribute's own padding, so an entry only has to
    // fit its unpadded parameters.
    static PasswordAlgorithms decode(AttributeReader r) {
        List<PasswordAlgorithm> out = new ArrayList<>();
        int at = 0;
        while (at < r.length()) {
            if (r.length() - at < 4) {
                throw r.fail("entry at value offset " + at + " has " + (r.length() - at) + " bytes, expected at least 4");
            }
            int paramsLength = r.u16(at + 2);
            if (r.length() - at - 4 < paramsLength) {
                throw r.fail("entry at value offset " + at + ": parameters length " + paramsLength
                        + " overruns the attribute");
            }
            out.add(new PasswordAlgorithm(r.u16(at), r.bytes(at + 4, paramsLength)));
            at = Math.min(r.length(), at + 4 + Bytes.padded(paramsLength));
        }
        return new PasswordAlgorithms(out);
    }

    void encode(WireWriter w) {
        for (PasswordAlgorithm a : algorithms) {
            byte[] params = a.parameters();
            w.u16(a.algorithm());
            w.u16(params.length);
            w.bytes(params);
            for (int i = params.length; i < Bytes.padded(params.length); i++) {
                w.u8(0);
            }
        }
    }
}
