package io.jrtc.webrtc;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * W3C {@code RTCDataChannelInit}: how a data channel delivers messages and how it is opened
 * (WebRTC 1.0 section 6.2, with the {@code priority} of the WebRTC Priority Control API).
 * Immutable; {@link Builder#build()} applies the checks of {@code createDataChannel} that concern
 * these values alone.
 *
 * <pre>{@code
 * // unordered, no retransmissions: for game state
 * RTCDataChannelInit.builder().ordered(false).maxRetransmits(0).build();
 * }</pre>
 */
public final class RTCDataChannelInit {
    private static final RTCDataChannelInit DEFAULTS = builder().build();

    private final boolean ordered;
    private final Integer maxPacketLifeTime;
    private final Integer maxRetransmits;
    private final String protocol;
    private final boolean negotiated;
    private final Integer id;
    private final RTCPriorityType priority;

    private RTCDataChannelInit(Builder b) {
        this.ordered = b.ordered;
        this.maxPacketLifeTime = b.maxPacketLifeTime;
        this.maxRetransmits = b.maxRetransmits;
        this.protocol = b.protocol;
        this.negotiated = b.negotiated;
        this.id = b.id;
        this.priority = b.priority;
    }

    /** The defaults: ordered, reliable, no protocol, opened in-band, priority low. */
    public static RTCDataChannelInit defaults() {
        return DEFAULTS;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether messages arrive in the order sent; default true. */
    public boolean ordered() {
        return ordered;
    }

    /** How long, in milliseconds, a message may be retransmitted (partial reliability, RFC 3758). */
    public OptionalInt maxPacketLifeTime() {
        return maxPacketLifeTime == null ? OptionalInt.empty() : OptionalInt.of(maxPacketLifeTime);
    }

    /** How many times a message may be retransmitted (partial reliability, RFC 3758). */
    public OptionalInt maxRetransmits() {
        return maxRetransmits == null ? OptionalInt.empty() : OptionalInt.of(maxRetransmits);
    }

    /** The subprotocol name; default {@code ""}. */
    public String protocol() {
        return protocol;
    }

    /** True if the application negotiates the channel itself (same id on both sides, no DCEP). */
    public boolean negotiated() {
        return negotiated;
    }

    /** The SCTP stream id; used only when {@link #negotiated()}, as the spec says. */
    public OptionalInt id() {
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The priority; default {@code low}. */
    public RTCPriorityType priority() {
        return priority;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RTCDataChannelInit i && i.ordered == ordered && i.negotiated == negotiated
                && Objects.equals(i.maxPacketLifeTime, maxPacketLifeTime)
                && Objects.equals(i.maxRetransmits, maxRetransmits)
                && i.protocol.equals(protocol) && Objects.equals(i.id, id) && i.priority == priority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordered, maxPacketLifeTime, maxRetransmits, protocol, negotiated, id, priority);
    }

    @Override
    public String toString() {
        return "RTCDataChannelInit{ordered=" + ordered + ", maxPacketLifeTime=" + maxPacketLifeTime
                + ", maxRetransmits=" + maxRetransmits + ", protocol='" + protocol + "', negotiated=" + negotiated
                + ", id=" + id + ", priority=" + priority + "}";
    }

    /** Builds an {@link RTCDataChannelInit}. */
    public static final class Builder {
        private boolean ordered = true;
        private Integer maxPacketLifeTime;
        private Integer maxRetransmits;
        private String protocol = "";
        private boolean negotiated;
        private Integer id;
        private RTCPriorityType priority = RTCPriorityType.LOW;

        private Builder() {}

        /** Whether delivery is ordered. */
        public Builder ordered(boolean value) {
            this.ordered = value;
            return this;
        }

        /** The retransmission time limit in ms (0-65535), or null for none. */
        public Builder maxPacketLifeTime(Integer value) {
            this.maxPacketLifeTime = unsignedShort("maxPacketLifeTime", value);
            return this;
        }

        /** The retransmission count limit (0-65535), or null for none. */
        public Builder maxRetransmits(Integer value) {
            this.maxRetransmits = unsignedShort("maxRetransmits", value);
            return this;
        }

        /** The subprotocol name. */
        public Builder protocol(String value) {
            this.protocol = Objects.requireNonNull(value, "protocol");
            return this;
        }

        /** Whether the application negotiates the channel (then {@link #id} is required). */
        public Builder negotiated(boolean value) {
            this.negotiated = value;
            return this;
        }

        /** The SCTP stream id (0-65534), or null. */
        public Builder id(Integer value) {
            this.id = unsignedShort("id", value);
            return this;
        }

        /** The priority. */
        public Builder priority(RTCPriorityType value) {
            this.priority = Objects.requireNonNull(value, "priority");
            return this;
        }

        /** WebIDL's [EnforceRange] unsigned short. */
        private static Integer unsignedShort(String member, Integer value) {
            if (value != null && (value < 0 || value > 0xFFFF)) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "RTCDataChannelInit." + member + " " + value + " is out of range; use 0 to 65535");
            }
            return value;
        }

        /**
         * Builds the options, with the checks of {@code createDataChannel} (WebRTC 1.0 section
         * 6.1, steps on the options).
         *
         * @throws RTCException a TypeError if both maxPacketLifeTime and maxRetransmits are set
         *     (a channel is limited by time or by count, not both), if the protocol is longer than
         *     65535 bytes in UTF-8, if negotiated is true without an id, or if the id is 65535
         */
        public RTCDataChannelInit build() {
            if (maxPacketLifeTime != null && maxRetransmits != null) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "maxPacketLifeTime and maxRetransmits cannot both be set; choose one limit");
            }
            if (protocol.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "the protocol is longer than 65535 bytes in UTF-8; shorten it");
            }
            if (negotiated && id == null) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "a negotiated channel needs an id; set the same id(...) on both peers");
            }
            if (negotiated && id == 0xFFFF) {
                throw new RTCException(RTCErrorName.TYPE_ERROR,
                        "65535 is not a valid data channel id; use 0 to 65534");
            }
            return new RTCDataChannelInit(this);
        }
    }
}
