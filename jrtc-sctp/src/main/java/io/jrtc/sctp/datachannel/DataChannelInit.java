package io.jrtc.sctp.datachannel;

/**
 * W3C RTCDataChannelInit: build with {@link #builder()}.
 *
 * @param maxPacketLifeTime milliseconds, or null
 * @param maxRetransmits retransmissions, or null
 * @param id the stream id for a negotiated channel, or null
 * @param priority the DCEP priority (RFC 8832 §5.1; 256 is "normal", W3C "low"); see {@link DataChannelPriority}
 */
public record DataChannelInit(boolean ordered, Integer maxPacketLifeTime, Integer maxRetransmits, String protocol,
        boolean negotiated, Integer id, int priority) {
    /** The W3C defaults: ordered, reliable, in-band negotiated. */
    public static final DataChannelInit DEFAULT = builder().build();

    /** Checks the W3C rules. */
    public DataChannelInit {
        if (maxPacketLifeTime != null && maxRetransmits != null) {
            throw new DataChannelException("TypeError", "maxPacketLifeTime and maxRetransmits are exclusive");
        }
        if (negotiated && id == null) {
            throw new DataChannelException("TypeError", "a negotiated channel needs an id");
        }
        if (id != null && (id < 0 || id > 65534)) {
            throw new DataChannelException("TypeError", "id must be in 0..65534: " + id);
        }
        if (priority < 0 || priority > 65535) {
            throw new DataChannelException("TypeError", "priority must be in 0..65535: " + priority);
        }
        if (protocol == null || protocol.length() > 65535) {
            throw new DataChannelException("TypeError", "protocol must be at most 65535 bytes");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DataChannelInit}. */
    public static final class Builder {
        private boolean ordered = true;
        private Integer maxPacketLifeTime;
        private Integer maxRetransmits;
        private String protocol = "";
        private boolean negotiated;
        private Integer id;
        private int priority = 256;

        private Builder() {}

        public Builder ordered(boolean v) { ordered = v; return this; }
        public Builder maxPacketLifeTime(Integer ms) { maxPacketLifeTime = ms; return this; }
        public Builder maxRetransmits(Integer v) { maxRetransmits = v; return this; }
        public Builder protocol(String v) { protocol = v; return this; }
        public Builder negotiated(boolean v) { negotiated = v; return this; }
        public Builder id(Integer v) { id = v; return this; }
        /** The raw DCEP priority value; {@link #priority(DataChannelPriority)} is the W3C way. */
        public Builder priority(int v) { priority = v; return this; }
        /** The W3C priority (default low): its DCEP value is sent and its weight schedules the channel. */
        public Builder priority(DataChannelPriority p) { priority = p.dcepValue(); return this; }

        public DataChannelInit build() {
            return new DataChannelInit(ordered, maxPacketLifeTime, maxRetransmits, protocol, negotiated, id, priority);
        }
    }
}
