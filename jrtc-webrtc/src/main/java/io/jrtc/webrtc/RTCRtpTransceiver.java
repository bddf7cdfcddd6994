package io.jrtc.webrtc;

import io.jrtc.webrtc.internal.jsep.JsepTransceiver;
import java.util.Optional;

/**
 * W3C {@code RTCRtpTransceiver}: one m= section, its sender and receiver. Attributes are
 * snapshots taken on the connection's serial context after every change.
 */
public final class RTCRtpTransceiver {
    private final JsepTransceiver jsep;
    private final RTCRtpSender sender;
    private final RTCRtpReceiver receiver;
    private final PeerContext context;
    private final Runnable changed;
    private volatile String mid;
    private volatile RTCRtpTransceiverDirection direction;
    private volatile RTCRtpTransceiverDirection currentDirection;
    private volatile boolean stopping;
    final java.util.concurrent.atomic.AtomicLong packetsSent = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong bytesSent = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong packetsReceived = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong bytesReceived = new java.util.concurrent.atomic.AtomicLong();
    /** PLIs sent for what this transceiver receives (inbound-rtp pliCount). */
    final java.util.concurrent.atomic.AtomicLong plisSent = new java.util.concurrent.atomic.AtomicLong();
    /** PLIs and FIRs received for what this transceiver sends (outbound-rtp pliCount + firCount). */
    final java.util.concurrent.atomic.AtomicLong plisReceived = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong firsReceived = new java.util.concurrent.atomic.AtomicLong();
    /** Reception statistics of the SSRC the peer sends with (serial context); null before any RTP. */
    ReceptionStats reception;
    /** The RTP timestamp and payload octets of what this side sent, for its SRs (serial context). */
    long lastRtpTimestamp;
    long octetsSent;
    /** The clock rate of the payload type last sent (the unit of the peer's jitter figure); 0 if unknown. */
    volatile int sendClockRate;
    /** Engine time of the last SR/RR this transceiver sent (meaningful once {@link #reported}). */
    long lastReportNanos;
    /** Whether a report went out yet: engine time may be 0 in a simulation, so 0 cannot mean "never". */
    boolean reported;
    /** A report task is queued on the serial context (serial context only). */
    boolean reportPending;
    /** The peer's last report block about our SSRC (remote-inbound-rtp); null before any. */
    volatile RemoteInbound remoteInbound;
    /** The last SSRC the peer sent with, for inbound-rtp stats; 0 before any. */
    volatile long remoteSsrc;
    /** Whether this transceiver's sender ever had a track (W3C: it is then not reused by addTrack). */
    volatile boolean usedToSend;

    RTCRtpTransceiver(JsepTransceiver jsep, RTCRtpSender sender, RTCRtpReceiver receiver, PeerContext context,
            Runnable changed) {
        this.jsep = jsep;
        this.sender = sender;
        this.receiver = receiver;
        this.context = context;
        this.changed = changed;
        sender.transceiver(this);
        sync();
    }

    /** The mid, once negotiation associated an m= section (W3C: null before). */
    public Optional<String> mid() {
        return Optional.ofNullable(mid);
    }

    public RTCRtpSender sender() {
        return sender;
    }

    public RTCRtpReceiver receiver() {
        return receiver;
    }

    /** {@code "audio"} or {@code "video"}. */
    public String kind() {
        return receiver.track().kind();
    }

    public RTCRtpTransceiverDirection direction() {
        return direction;
    }

    /**
     * Sets the wanted direction; negotiationneeded fires if it changes what was negotiated.
     *
     * @throws RTCException InvalidStateError if stopping, TypeError for {@code stopped}
     */
    public void direction(RTCRtpTransceiverDirection value) {
        if (stopping) {
            throw new RTCException(RTCErrorName.INVALID_STATE_ERROR,
                    "The transceiver is stopping or stopped; its direction can no longer change");
        }
        if (value == RTCRtpTransceiverDirection.STOPPED) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "Use stop() to stop a transceiver, not direction");
        }
        direction = value;
        context.execute(() -> {
            if (!jsep.isStopping()) {
                jsep.setDirection(value);
                changed.run();
            }
        });
    }

    /** The negotiated direction; empty before the first negotiation (W3C: null). */
    public Optional<RTCRtpTransceiverDirection> currentDirection() {
        return Optional.ofNullable(currentDirection);
    }

    /** W3C {@code stop()}: stops sending and receiving now; the next negotiation rejects its m= section. */
    public void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        direction = RTCRtpTransceiverDirection.STOPPED;
        context.execute(() -> {
            jsep.stop();
            receiver.track().end();
            changed.run();
        });
    }

    boolean isStopping() {
        return stopping;
    }

    JsepTransceiver jsep() {
        return jsep;
    }

    /** Copies JSEP's view (serial context). */
    void sync() {
        mid = jsep.mid().orElse(null);
        direction = jsep.direction();
        currentDirection = jsep.isStopped() ? RTCRtpTransceiverDirection.STOPPED : jsep.currentDirection().orElse(null);
        stopping = jsep.isStopping();
    }

    @Override
    public String toString() {
        return "RTCRtpTransceiver[" + mid + " " + kind() + " " + direction + "/" + currentDirection + "]";
    }

    /** What the peer last reported about our stream (RFC 3550 §6.4.1), for remote-inbound-rtp stats. */
    record RemoteInbound(long ssrc, double fractionLost, long packetsLost, long jitterUnits, double roundTripTime,
            long reportsReceived, long roundTripTimeMeasurements, double totalRoundTripTime) {}
}
