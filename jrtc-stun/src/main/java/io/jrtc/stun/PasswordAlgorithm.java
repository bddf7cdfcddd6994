package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.WireWriter;
import java.util.Arrays;

/**
 * PASSWORD-ALGORITHM (RFC 8489 §14.12): the algorithm a client chose, from the server's
 * PASSWORD-ALGORITHMS, to derive the long-term key. Also the element type of
 * {@link PasswordAlgorithms}. The value is a 16-bit algorithm number, a 16-bit parameters length,
 * and the parameters.
 *
 * @param algorithm the algorithm number (IANA "STUN Password Algorithms"): 1 MD5, 2 SHA-256
 * @param parameters the algorithm parameters; empty for MD5 and SHA-256 (copied in and out)
 */
public record PasswordAlgorithm(int algorithm, byte[] parameters) implements StunAttribute {
    /** Algorithm number 0x0001 (§18.5.1). */
    public static final int ALGORITHM_MD5 = 0x0001;
    /** Algorithm number 0x0002 (§18.5.1). */
    public static final int ALGORITHM_SHA256 = 0x0002;
    /** MD5: key = MD5(username ":" realm ":" password), the RFC 5389 key. */
    public static final PasswordAlgorithm MD5 = new PasswordAlgorithm(ALGORITHM_MD5, new byte[0]);
    /** SHA-256: key = SHA-256(username ":" realm ":" password). */
    public static final PasswordAlgorithm SHA256 = new PasswordAlgorithm(ALGORITHM_SHA256, new byte[0]);

    public PasswordAlgorithm {
        if (algorithm < 0 || algorithm > 0xFFFF) {
            throw new IllegalArgumentException("password algorithm numbers are 16 bits, got " + algorithm);
        }
        if (parameters.length > 0xFFFF) {
            throw new IllegalArgumentException("password algorithm parameters are at most 65535 bytes");
        }
        parameters = parameters.clone();
    }

    /** A copy of the parameters. */
    @Override
    public byte[] parameters() {
        return parameters.clone();
    }

    @Override
    public int type() {
        return StunAttributeType.PASSWORD_ALGORITHM;
    }

    static PasswordAlgorithm decode(AttributeReader r) {
        if (r.length() < 4) {
            throw r.fail("length " + r.length() + ", expected at least 4");
        }
        int paramsLength = r.u16(2);
        if (r.length() != 4 + paramsLength) {
            throw r.fail("length " + r.length() + ", expected 4 + parameters length " + paramsLength);
        }
        return new PasswordAlgorithm(r.u16(0), r.bytes(4, paramsLength));
    }

    void encode(WireWriter w) {
        w.u16(algorithm);
        w.u16(parameters.length);
        w.bytes(parameters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordAlgorithm p && algorithm == p.algorithm && Arrays.equals(parameters, p.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * algorithm + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        String name = switch (algorithm) {
            case ALGORITHM_MD5 -> "MD5";
            case ALGORITHM_SHA256 -> "SHA-256";
            default -> String.format("0x%04X", algorithm);
        };
        return parameters.length == 0 ? "PasswordAlgorithm[" + name + "]"
                : "PasswordAlgorithm[" + name + ", parameters=" + Bytes.hex(parameters) + "]";
    }
}
