package io.jrtc.sctp;

import io.jrtc.sctp.internal.StateCookie;
import java.util.ArrayList;
import java.util.List;

/** The extensions an association announces in INIT / INIT ACK and what both sides support. */
final class Negotiation {
    private Negotiation() {}

    /** Supported Extensions (RFC 5061), Forward-TSN-Supported (RFC 3758), Zero Checksum (RFC 9653). */
    static List<Parameter> localParameters(SctpConfig config) {
        byte[] ext = config.announceIData()
                ? new byte[] {(byte) Chunk.FORWARD_TSN, (byte) Chunk.RECONFIG, (byte) Chunk.I_DATA, (byte) Chunk.I_FORWARD_TSN}
                : new byte[] {(byte) Chunk.FORWARD_TSN, (byte) Chunk.RECONFIG};
        List<Parameter> params = new ArrayList<>(List.of(new SupportedExtensionsParameter(ext), new ForwardTsnSupportedParameter()));
        if (config.zeroChecksum()) {
            params.add(new ZeroChecksumAcceptableParameter(ZeroChecksumAcceptableParameter.EDMID_DTLS));
        }
        return params;
    }

    /** Features both sides support, as {@link StateCookie} feature bits. */
    static int negotiate(SctpConfig config, List<Parameter> peerParams) {
        int f = 0;
        for (Parameter p : peerParams) {
            if (p instanceof ForwardTsnSupportedParameter) {
                f |= StateCookie.FEATURE_FORWARD_TSN;
            } else if (p instanceof SupportedExtensionsParameter s) {
                f |= s.supports(Chunk.FORWARD_TSN) ? StateCookie.FEATURE_FORWARD_TSN : 0;
                f |= s.supports(Chunk.RECONFIG) ? StateCookie.FEATURE_RECONFIG : 0;
                // RFC 8260 §2.2: I-DATA only when both list both I-DATA and I-FORWARD-TSN
                f |= s.supports(Chunk.I_DATA) && s.supports(Chunk.I_FORWARD_TSN) && config.announceIData()
                        ? StateCookie.FEATURE_IDATA : 0;
            } else if (p instanceof ZeroChecksumAcceptableParameter z && z.edmid() == ZeroChecksumAcceptableParameter.EDMID_DTLS
                    && config.zeroChecksum()) {
                f |= StateCookie.FEATURE_ZERO_CHECKSUM;
            }
        }
        return f;
    }
}
