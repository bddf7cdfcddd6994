package io.jrtc.sdp;

/**
 * An attribute this package understands, parsed into a value type. Every typed attribute can be
 * written back as an untyped {@link Attribute}; builders accept any of them.
 */
public sealed interface TypedAttribute
        permits Candidate,
                Direction,
                ExtMap,
                Fingerprint,
                Fmtp,
                Group,
                Msid,
                MsidSemantic,
                Rid,
                Rtcp,
                RtcpFeedback,
                RtpMap,
                SctpMap,
                Setup,
                Simulcast,
                Ssrc,
                SsrcGroup {

    /** This attribute as it is written on an {@code a=} line. */
    Attribute toAttribute();
}
