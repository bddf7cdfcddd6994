package io.jrtc.stun;

/**
 * Where a message is relative to its integrity attributes, for the ordering rules of RFC 8489
 * §14.5-§14.7: attributes after MESSAGE-INTEGRITY other than MESSAGE-INTEGRITY-SHA256 and
 * FINGERPRINT are ignored, after MESSAGE-INTEGRITY-SHA256 all but FINGERPRINT, and FINGERPRINT
 * is last. The decoder skips ignored attributes; the encoder refuses to write them.
 */
enum IntegrityOrder {
    START, AFTER_INTEGRITY, AFTER_INTEGRITY_SHA256, AFTER_FINGERPRINT;

    /** The state after an attribute of {@code type}, or null if that attribute is ignored here. */
    IntegrityOrder after(int type) {
        boolean counted = switch (this) {
            case START -> true;
            case AFTER_INTEGRITY -> type == StunAttributeType.MESSAGE_INTEGRITY_SHA256
                    || type == StunAttributeType.FINGERPRINT;
            case AFTER_INTEGRITY_SHA256 -> type == StunAttributeType.FINGERPRINT;
            case AFTER_FINGERPRINT -> false;
        };
        if (!counted) {
            return null;
        }
        return switch (type) {
            case StunAttributeType.MESSAGE_INTEGRITY -> AFTER_INTEGRITY;
            case StunAttributeType.MESSAGE_INTEGRITY_SHA256 -> AFTER_INTEGRITY_SHA256;
            case StunAttributeType.FINGERPRINT -> AFTER_FINGERPRINT;
            default -> this;
        };
    }
}
