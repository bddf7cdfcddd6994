package io.jrtc.webrtc;

/** W3C priorities as DCEP carries them (RFC 8832 section 5.1: 128, 256, 512, 1024). */
final class DataChannelPriority {
    private DataChannelPriority() {}

    static int toDcep(RTCPriorityType p) {
        return switch (p) {
            case VERY_LOW -> 128;
            case LOW -> 256;
            case MEDIUM -> 512;
            case HIGH -> 1024;
        };
    }

    /** The nearest W3C priority at or below a DCEP value. */
    static RTCPriorityType fromDcep(int value) {
        if (value >= 1024) {
            return RTCPriorityType.HIGH;
        }
        if (value >= 512) {
            return RTCPriorityType.MEDIUM;
        }
        return value >= 256 ? RTCPriorityType.LOW : RTCPriorityType.VERY_LOW;
    }
}
