package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * UNKNOWN-ATTRIBUTES (RFC 8489 §14.13): in a 420 error response, the comprehension-required
 * attribute types the server did not understand, as a list of 16-bit types. See
 * {@link StunMessage#unknownComprehensionRequired()}.
 *
 * @param types the attribute types, each 0x0000-0xFFFF
 */
public record UnknownAttributes(List<Integer> types) implements StunAttribute {
    public UnknownAttributes {
        types = List.copyOf(types);
        for (int t : types) {
            if (t < 0 || t > 0xFFFF) {
                throw new IllegalArgumentException("attribute types are 16 bits, got " + t);
            }
        }
    }

    @Override
    public int type() {
        return StunAttributeType.UNKNOWN_ATTRIBUTES;
    }

    static UnknownAttributes decode(AttributeReader r) {
        if (r.length() % 2 != 0) {
            throw r.fail("length " + r.length() + ", expected a multiple of 2 (a list of 16-bit types)");
        }
        List<Integer> types = new ArrayList<>(r.length() / 2);
        for (int i = 0; i < r.length(); i += 2) {
            types.add(r.u16(i));
        }
        return new UnknownAttributes(types);
    }

    void encode(WireWriter w) {
        for (int t : types) {
            w.u16(t);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("UnknownAttributes[");
        for (int i = 0; i < types.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(StunAttributeType.name(types.get(i)));
        }
        return sb.append(']').toString();
    }
}
