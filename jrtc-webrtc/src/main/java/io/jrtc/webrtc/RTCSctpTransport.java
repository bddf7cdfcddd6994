package io.jrtc.webrtc;

import java.util.function.Consumer;

/** W3C {@code RTCSctpTransport}: the SCTP association over DTLS that carries the data channels (RFC 8261). */
public final class RTCSctpTransport {
    /** SCTP streams per direction that data channels may use (RFC 8831 section 6.2). */
    static final int MAX_CHANNELS = 65535;

    private final RTCDtlsTransport transport;
    private volatile RTCSctpTransportState state = RTCSctpTransportState.CONNECTING;
    private volatile double maxMessageSize;
    private final Handlers<RTCSctpTransportState> stateChange = new Handlers<>("statechange");

    RTCSctpTransport(RTCDtlsTransport transport, double maxMessageSize) {
        this.transport = transport;
        this.maxMessageSize = maxMessageSize;
    }

    public RTCDtlsTransport transport() {
        return transport;
    }

    public RTCSctpTransportState state() {
        return state;
    }

    /** The largest message send() accepts: the smaller of both sides' limits (RFC 8841 section 6); infinite if none. */
    public double maxMessageSize() {
        return maxMessageSize;
    }

    /** The number of data channels that can be open at once, once connected. */
    public int maxChannels() {
        return MAX_CHANNELS;
    }

    public void onStateChange(Consumer<RTCSctpTransportState> handler) {
        stateChange.set(handler);
    }

    void maxMessageSize(double value) {
        maxMessageSize = value;
    }

    void state(RTCSctpTransportState s, boolean fire) {
        if (s != state) {
            state = s;
            if (fire) {
                stateChange.fire(s);
            }
        }
    }

    @Override
    public String toString() {
        return "RTCSctpTransport[" + state + "]";
    }
}
