package io.jrtc.sctp.datachannel;

/** W3C RTCDataChannelState; {@link #toString()} gives the W3C string. */
public enum DataChannelState {
    CONNECTING("connecting"), OPEN("open"), CLOSING("closing"), CLOSED("closed");

    private final String w3c;

    DataChannelState(String w3c) {
        this.w3c = w3c;
    }

    @Override
    public String toString() {
        return w3c;
    }

    /** The state with this W3C name. */
    public static DataChannelState fromString(String s) {
        for (DataChannelState v : values()) {
            if (v.w3c.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not an RTCDataChannelState: " + s);
    }
}
