package io.jrtc.webrtc;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A track of raw RTP (W3C {@code MediaStreamTrack}, without capture or codecs: those come later).
 * A local track is one the application writes RTP packets to ({@link #writeRtp}); each sender it is
 * attached to rewrites the SSRC, adds the MID header extension and sends it SRTP-protected. A
 * remote track ({@code track} event) delivers the RTP packets the peer sent on its transceiver
 * ({@link #onRtp}). Thread-safe.
 */
public final class MediaStreamTrack {
    /** W3C {@code MediaStreamTrackState}. */
    public enum State {
        LIVE, ENDED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String kind;
    private final String id;
    private final boolean remote;
    private volatile boolean enabled = true;
    private volatile State readyState = State.LIVE;
    private final List<Consumer<byte[]>> sinks = new CopyOnWriteArrayList<>();
    private final Handlers<byte[]> rtp = new Handlers<>("rtp");
    private final Handlers<Void> ended = new Handlers<>("ended");
    private final Handlers<Void> keyFrameRequest = new Handlers<>("keyframerequest");

    private MediaStreamTrack(String kind, String id, boolean remote) {
        if (!kind.equals("audio") && !kind.equals("video")) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "kind must be \"audio\" or \"video\", not \"" + kind + "\"");
        }
        this.kind = kind;
        this.id = Objects.requireNonNull(id, "id");
        this.remote = remote;
    }

    /** A local track of this kind ({@code "audio"} or {@code "video"}) that the application writes RTP to. */
    public static MediaStreamTrack local(String kind) {
        return new MediaStreamTrack(kind, UUID.randomUUID().toString(), false);
    }

    static MediaStreamTrack remote(String kind, String id) {
        return new MediaStreamTrack(kind, id, true);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** Whether this track came from the peer. */
    public boolean isRemote() {
        return remote;
    }

    public boolean enabled() {
        return enabled;
    }

    /** A disabled local track sends nothing; a disabled remote track delivers nothing. */
    public void enabled(boolean value) {
        enabled = value;
    }

    public State readyState() {
        return readyState;
    }

    /**
     * Sends one RTP packet (RFC 3550) on every sender this track is attached to. The application
     * owns the payload type, sequence number and timestamp; each sender puts in its own SSRC.
     * Keep packets to about 1,200 bytes: with {@link JrtcSettings#pathMtuDiscovery()} (the default)
     * the sockets set don't-fragment, so a datagram larger than the interface's MTU is refused by
     * the OS, dropped and counted rather than sent in IP fragments.
     *
     * @return true if some sender took it (attached, negotiated to send and keyed)
     * @throws RTCException InvalidStateError on a remote or ended track
     */
    public boolean writeRtp(byte[] packet) {
        if (remote || readyState == State.ENDED) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR, "only a live local track can be written to");
        }
        if (!enabled || sinks.isEmpty()) {
            return false;
        }
        byte[] copy = packet.clone();
        sinks.forEach(s -> s.accept(copy));
        return true;
    }

    /** Where a remote track's RTP packets go (on its connection's serial context). */
    public void onRtp(Consumer<byte[]> handler) {
        rtp.set(handler);
    }

    /**
     * For a local track: called when a peer that receives it through any sender asks for a key
     * frame (RTCP PLI, RFC 4585 §6.3.1, or FIR, RFC 5104 §4.3.1), on that connection's serial
     * context. Write a key frame soon after. Null removes the handler. See also
     * {@link RTCRtpSender#onKeyFrameRequest} for a single sender.
     */
    public void onKeyFrameRequest(Runnable handler) {
        keyFrameRequest.set(handler == null ? null : v -> handler.run());
    }

    void keyFrameRequested() {
        if (!remote && readyState == State.LIVE) {
            keyFrameRequest.fire(null);
        }
    }

    /** W3C {@code onended}: the track ended because the peer or the connection ended it. */
    public void onEnded(Runnable handler) {
        ended.set(handler == null ? null : v -> handler.run());
    }

    /** W3C {@code stop()}: ends the track; a local one sends nothing more. */
    public void stop() {
        readyState = State.ENDED;
        sinks.clear();
    }

    void addEndedListener(Runnable listener) {
        ended.add(v -> listener.run());
    }

    void attach(Consumer<byte[]> sink) {
        sinks.add(sink);
    }

    void detach(Consumer<byte[]> sink) {
        sinks.remove(sink);
    }

    void deliver(byte[] packet) {
        if (enabled && readyState == State.LIVE) {
            rtp.fire(packet);
        }
    }

    void end() {
        if (readyState != State.ENDED) {
            readyState = State.ENDED;
            ended.fire(null);
        }
    }

    @Override
    public String toString() {
        return "MediaStreamTrack[" + kind + " " + id + (remote ? " remote" : "") + " " + readyState + "]";
    }
}
