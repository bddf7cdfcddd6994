package io.jrtc.webrtc;

import java.util.List;
import java.util.Objects;

/**
 * W3C {@code RTCRtpTransceiverInit}: the direction and the stream ids of a new transceiver.
 *
 * @param direction the wanted direction (default sendrecv)
 * @param streams the ids of the streams the sender's track belongs to (W3C {@code streams})
 */
public record RTCRtpTransceiverInit(RTCRtpTransceiverDirection direction, List<String> streams) {
    /** Checks the values. */
    public RTCRtpTransceiverInit {
        Objects.requireNonNull(direction, "direction");
        streams = List.copyOf(streams);
    }

    /** sendrecv, no streams. */
    public static RTCRtpTransceiverInit defaults() {
        return new RTCRtpTransceiverInit(RTCRtpTransceiverDirection.SENDRECV, List.of());
    }

    /** This direction, no streams. */
    public static RTCRtpTransceiverInit of(RTCRtpTransceiverDirection direction) {
        return new RTCRtpTransceiverInit(direction, List.of());
    }
}
