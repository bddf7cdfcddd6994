package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Codec;
import io.jrtc.sdp.ExtMap;
import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import io.jrtc.webrtc.RTCRtpTransceiverDirection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What JSEP knows of one RTP transceiver (RFC 9429 section 3.4.1, W3C {@code RTCRtpTransceiver}):
 * its kind, wanted and negotiated direction, mid, local codec and header-extension preferences, and
 * what the last completed negotiation chose. Mutable, owned by one {@link JsepSession}.
 */
public final class JsepTransceiver {
    private final MediaKind kind;
    private final List<Codec> codecPreferences;
    private final List<ExtMap> headerExtensions;
    private final String trackId;
    private final List<String> streamIds;
    private final boolean fromAddTrack;
    private final long ssrc;
    private final long rtxSsrc;
    private List<Long> remoteSsrcs = List.of();
    private List<String> remoteStreamIds = List.of();
    private RTCRtpTransceiverDirection direction;
    private RTCRtpTransceiverDirection currentDirection;
    private String mid;
    private boolean stopping;
    private boolean stopped;
    private List<Codec> negotiatedCodecs = List.of();
    private List<ExtMap> negotiatedExtensions = List.of();

    JsepTransceiver(MediaKind kind, RTCRtpTransceiverDirection direction, List<Codec> codecs,
            List<ExtMap> headerExtensions, String trackId, List<String> streamIds, boolean fromAddTrack, long ssrc,
            long rtxSsrc) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.codecPreferences = List.copyOf(codecs);
        this.headerExtensions = List.copyOf(headerExtensions);
        this.trackId = Objects.requireNonNull(trackId, "trackId");
        this.streamIds = List.copyOf(streamIds);
        this.fromAddTrack = fromAddTrack;
        this.ssrc = ssrc;
        this.rtxSsrc = rtxSsrc;
    }

    /** The SSRC this side sends with, written in {@code a=ssrc} (RFC 5576 section 4.1). */
    public long ssrc() {
        return ssrc;
    }

    /** The SSRC of this side's retransmissions (RFC 4588), or 0 for audio, which has none. */
    public long rtxSsrc() {
        return rtxSsrc;
    }

    /** The SSRCs the remote description announces for this section, for demultiplexing without MID. */
    public List<Long> remoteSsrcs() {
        return remoteSsrcs;
    }

    /** The stream ids of the remote {@code a=msid} lines: the W3C track event's streams. */
    public List<String> remoteStreamIds() {
        return remoteStreamIds;
    }

    void remote(List<Long> ssrcs, List<String> streamIds) {
        this.remoteSsrcs = List.copyOf(ssrcs);
        this.remoteStreamIds = List.copyOf(streamIds);
    }

    /** The kind. */
    public MediaKind kind() {
        return kind;
    }

    /** The direction the application wants ({@code stopped} once {@link #stop()} was called). */
    public RTCRtpTransceiverDirection direction() {
        return direction;
    }

    /**
     * Sets the wanted direction (W3C {@code transceiver.direction = ...}, WebRTC 1.0 section 5.4).
     *
     * @throws RTCException InvalidStateError if stopping; TypeError for {@code stopped}
     */
    public void setDirection(RTCRtpTransceiverDirection value) {
        if (stopping) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR,
                    "The transceiver is stopping or stopped; its direction can no longer change");
        }
        if (value == RTCRtpTransceiverDirection.STOPPED) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "Use stop() to stop a transceiver, not direction");
        }
        this.direction = Objects.requireNonNull(value, "direction");
    }

    /** The negotiated direction, empty before the first completed negotiation. */
    public Optional<RTCRtpTransceiverDirection> currentDirection() {
        return Optional.ofNullable(currentDirection);
    }

    /** The mid, once a description associated it with an m= section. */
    public Optional<String> mid() {
        return Optional.ofNullable(mid);
    }

    /** The track id written in {@code a=msid} when sending. */
    public String trackId() {
        return trackId;
    }

    /** The stream ids written in {@code a=msid} when sending; none means {@code -}. */
    public List<String> streamIds() {
        return streamIds;
    }

    /** True if made by addTrack, so that a remote offer may take it over (W3C section 4.4.1.5). */
    public boolean fromAddTrack() {
        return fromAddTrack;
    }

    /** The local codecs, in order of preference, with this side's payload types. */
    public List<Codec> codecPreferences() {
        return codecPreferences;
    }

    /** The local header extensions. */
    public List<ExtMap> headerExtensions() {
        return headerExtensions;
    }

    /** The codecs of the last completed negotiation, with the payload types on the wire. */
    public List<Codec> negotiatedCodecs() {
        return negotiatedCodecs;
    }

    /** The header extensions of the last completed negotiation, with the ids on the wire. */
    public List<ExtMap> negotiatedExtensions() {
        return negotiatedExtensions;
    }

    /** W3C {@code stop()}: stops at once locally; the next negotiation rejects its m= section. */
    public void stop() {
        stopping = true;
        direction = RTCRtpTransceiverDirection.STOPPED;
    }

    /** True once {@link #stop()} was called or a remote description rejected its m= section. */
    public boolean isStopping() {
        return stopping;
    }

    /** True once a completed negotiation has rejected its m= section. */
    public boolean isStopped() {
        return stopped;
    }

    void setMid(String value) {
        this.mid = value;
    }

    void markStopped() {
        stopping = true;
        stopped = true;
        direction = RTCRtpTransceiverDirection.STOPPED;
        currentDirection = RTCRtpTransceiverDirection.STOPPED;
    }

    void negotiated(RTCRtpTransceiverDirection current, List<Codec> codecs, List<ExtMap> extensions) {
        this.currentDirection = current;
        this.negotiatedCodecs = List.copyOf(codecs);
        this.negotiatedExtensions = List.copyOf(extensions);
    }

    @Override
    public String toString() {
        return "JsepTransceiver{" + kind + ", mid=" + mid + ", direction=" + direction
                + ", currentDirection=" + currentDirection + "}";
    }
}
