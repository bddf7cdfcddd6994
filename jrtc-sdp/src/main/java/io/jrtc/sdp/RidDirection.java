package io.jrtc.sdp;

/** The direction of an {@code a=rid} line: whether the RTP stream is sent or received (RFC 8851 section 4). */
public enum RidDirection {
    /** The offerer or answerer sends this RTP stream. */
    SEND("send"),
    /** The offerer or answerer receives this RTP stream. */
    RECV("recv");

    private final String sdpName;

    RidDirection(String sdpName) {
        this.sdpName = sdpName;
    }

    /**
     * The direction named {@code value}.
     *
     * @throws IllegalArgumentException if it is neither send nor recv
     */
    public static RidDirection fromString(String value) {
        for (RidDirection d : values()) {
            if (d.sdpName.equals(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not send or recv: '" + value + "'");
    }

    /** The other direction: send and recv swap in an answer. */
    public RidDirection reversed() {
        return this == SEND ? RECV : SEND;
    }

    /** The SDP name, {@code "send"} or {@code "recv"}. */
    @Override
    public String toString() {
        return sdpName;
    }
}
