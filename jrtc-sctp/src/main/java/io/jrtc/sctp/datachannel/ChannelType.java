package io.jrtc.sctp.datachannel;

/** DCEP channel types (RFC 8832 §5.1): reliability and ordering in one byte. */
public enum ChannelType {
    RELIABLE(0x00), RELIABLE_UNORDERED(0x80), PARTIAL_RELIABLE_REXMIT(0x01),
    PARTIAL_RELIABLE_REXMIT_UNORDERED(0x81), PARTIAL_RELIABLE_TIMED(0x02), PARTIAL_RELIABLE_TIMED_UNORDERED(0x82);

    private final int code;

    ChannelType(int code) {
        this.code = code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** Whether delivery is unordered (the 0x80 bit). */
    public boolean unordered() {
        return (code & 0x80) != 0;
    }

    /** The type with this wire value, or null. */
    public static ChannelType of(int code) {
        for (ChannelType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The type for W3C-style options. */
    public static ChannelType of(boolean ordered, Integer maxRetransmits, Integer maxPacketLifeTime) {
        int base = maxRetransmits != null ? 0x01 : maxPacketLifeTime != null ? 0x02 : 0x00;
        return of(base | (ordered ? 0 : 0x80));
    }
}
