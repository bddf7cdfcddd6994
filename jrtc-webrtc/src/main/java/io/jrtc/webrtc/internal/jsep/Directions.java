package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Direction;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;

/**
 * Direction arithmetic of JSEP: the conversions between the W3C transceiver direction and SDP's
 * direction attribute, and the answerer's choice (RFC 9429 section 5.3.1, RFC 3264 section 6.1).
 */
public final class Directions {
    private Directions() {}

    /** True if the direction sends. */
    public static boolean sends(RTCRtpTransceiverDirection d) {
        return d == RTCRtpTransceiverDirection.SENDRECV || d == RTCRtpTransceiverDirection.SENDONLY;
    }

    /** True if the direction receives. */
    public static boolean receives(RTCRtpTransceiverDirection d) {
        return d == RTCRtpTransceiverDirection.SENDRECV || d == RTCRtpTransceiverDirection.RECVONLY;
    }

    /** The SDP attribute for a transceiver direction; {@code stopped} is written as inactive (with port 0). */
    public static Direction toSdp(RTCRtpTransceiverDirection d) {
        return Direction.of(sends(d), receives(d));
    }

    /** The transceiver direction for an SDP direction. */
    public static RTCRtpTransceiverDirection fromSdp(Direction d) {
        return of(d.sends(), d.receives());
    }

    /** The direction that sends and receives as told. */
    public static RTCRtpTransceiverDirection of(boolean send, boolean receive) {
        if (send) {
            return receive ? RTCRtpTransceiverDirection.SENDRECV : RTCRtpTransceiverDirection.SENDONLY;
        }
        return receive ? RTCRtpTransceiverDirection.RECVONLY : RTCRtpTransceiverDirection.INACTIVE;
    }

    /**
     * The answer's direction: send only if the transceiver wants to send and the offer receives;
     * receive only if it wants to receive and the offer sends (RFC 3264 section 6.1).
     */
    public static Direction answer(Direction offered, RTCRtpTransceiverDirection local) {
        return Direction.of(sends(local) && offered.receives(), receives(local) && offered.sends());
    }
}
