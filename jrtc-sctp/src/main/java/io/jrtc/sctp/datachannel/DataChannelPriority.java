package io.jrtc.sctp.datachannel;

/**
 * W3C RTCPriorityType for data channels (WebRTC Priority Control), with the DCEP priority value
 * each one is sent as (RFC 8832 §5.1, RFC 8831 §6.4) and its scheduling weight: a backlogged
 * channel gets a share of the sending rate in proportion to its weight, 1:2:4:8 from very-low to high.
 */
public enum DataChannelPriority {
    VERY_LOW("very-low", 128, 1),
    LOW("low", 256, 2),
    MEDIUM("medium", 512, 4),
    HIGH("high", 1024, 8);

    private final String w3c;
    private final int dcep;
    private final int weight;

    DataChannelPriority(String w3c, int dcep, int weight) {
        this.w3c = w3c;
        this.dcep = dcep;
        this.weight = weight;
    }

    /** The value sent in DATA_CHANNEL_OPEN. */
    public int dcepValue() {
        return dcep;
    }

    /** The scheduling weight relative to the other priorities. */
    public int weight() {
        return weight;
    }

    /**
     * The priority a received DCEP value stands for: up to 128 very-low, up to 256 low, up to 512
     * medium, above that high, so values from any peer map onto the four levels.
     */
    public static DataChannelPriority fromDcep(int value) {
        if (value <= 128) {
            return VERY_LOW;
        }
        if (value <= 256) {
            return LOW;
        }
        return value <= 512 ? MEDIUM : HIGH;
    }

    /**
     * The priority named by its W3C string.
     *
     * @throws IllegalArgumentException for any other string
     */
    public static DataChannelPriority fromString(String s) {
        for (DataChannelPriority p : values()) {
            if (p.w3c.equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not an RTCPriorityType: " + s);
    }

    /** The W3C string ("very-low", "low", "medium", "high"). */
    @Override
    public String toString() {
        return w3c;
    }
}
