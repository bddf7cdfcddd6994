package io.jrtc.webrtc;

import java.util.List;

/**
 * W3C {@code RTCTrackEvent}: the peer now sends on a transceiver.
 *
 * @param receiver the receiver
 * @param track the remote track the RTP packets arrive on
 * @param streamIds the ids of the remote streams the track belongs to (from {@code a=msid})
 * @param transceiver the transceiver
 */
public record RTCTrackEvent(RTCRtpReceiver receiver, MediaStreamTrack track, List<String> streamIds,
        RTCRtpTransceiver transceiver) {
    /** Copies the list. */
    public RTCTrackEvent {
        streamIds = List.copyOf(streamIds);
    }
}
