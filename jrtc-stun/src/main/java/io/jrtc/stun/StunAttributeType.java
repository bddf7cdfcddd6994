package io.jrtc.stun;

/**
 * STUN attribute type codes (IANA "STUN Attributes" registry) for every attribute this module
 * decodes into a typed value, and their registry names.
 *
 * <p>Types 0x0000-0x7FFF are comprehension-required, 0x8000-0xFFFF comprehension-optional
 * (RFC 8489 §14): an agent that meets an unknown comprehension-required attribute answers a
 * request with 420 (Unknown Attribute).
 */
public final class StunAttributeType {
    private StunAttributeType() {}

    // RFC 8489 §18.3.1 (comprehension-required).
    public static final int MAPPED_ADDRESS = 0x0001;
    public static final int USERNAME = 0x0006;
    public static final int MESSAGE_INTEGRITY = 0x0008;
    public static final int ERROR_CODE = 0x0009;
    public static final int UNKNOWN_ATTRIBUTES = 0x000A;
    public static final int REALM = 0x0014;
    public static final int NONCE = 0x0015;
    public static final int MESSAGE_INTEGRITY_SHA256 = 0x001C;
    public static final int PASSWORD_ALGORITHM = 0x001D;
    public static final int USERHASH = 0x001E;
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    // RFC 8656 §18 (TURN).
    public static final int CHANNEL_NUMBER = 0x000C;
    public static final int LIFETIME = 0x000D;
    public static final int XOR_PEER_ADDRESS = 0x0012;
    public static final int DATA = 0x0013;
    public static final int XOR_RELAYED_ADDRESS = 0x0016;
    public static final int REQUESTED_ADDRESS_FAMILY = 0x0017;
    public static final int EVEN_PORT = 0x0018;
    public static final int REQUESTED_TRANSPORT = 0x0019;
    public static final int DONT_FRAGMENT = 0x001A;
    public static final int RESERVATION_TOKEN = 0x0022;
    // RFC 8445 §16.1 (ICE).
    public static final int PRIORITY = 0x0024;
    public static final int USE_CANDIDATE = 0x0025;
    // RFC 8489 §18.3.2 (comprehension-optional).
    public static final int PASSWORD_ALGORITHMS = 0x8002;
    public static final int SOFTWARE = 0x8022;
    public static final int ALTERNATE_SERVER = 0x8023;
    public static final int FINGERPRINT = 0x8028;
    // RFC 8445 §16.1 (ICE, comprehension-optional).
    public static final int ICE_CONTROLLED = 0x8029;
    public static final int ICE_CONTROLLING = 0x802A;

    /** True for types 0x0000-0x7FFF, which a receiver must understand (RFC 8489 §14). */
    public static boolean isComprehensionRequired(int type) {
        return (type & 0x8000) == 0;
    }

    /** True if this module decodes {@code type} into a typed attribute (not {@link UnknownAttribute}). */
    public static boolean isKnown(int type) {
        return knownName(type) != null;
    }

    /** The registry name ({@code "XOR-MAPPED-ADDRESS"}), or {@code "0x"} and four hex digits. */
    public static String name(int type) {
        String name = knownName(type);
        return name != null ? name : String.format("0x%04X", type & 0xFFFF);
    }

    private static String knownName(int type) {
        return switch (type) {
            case MAPPED_ADDRESS -> "MAPPED-ADDRESS";
            case USERNAME -> "USERNAME";
            case MESSAGE_INTEGRITY -> "MESSAGE-INTEGRITY";
            case ERROR_CODE -> "ERROR-CODE";
            case UNKNOWN_ATTRIBUTES -> "UNKNOWN-ATTRIBUTES";
            case REALM -> "REALM";
            case NONCE -> "NONCE";
            case MESSAGE_INTEGRITY_SHA256 -> "MESSAGE-INTEGRITY-SHA256";
            case PASSWORD_ALGORITHM -> "PASSWORD-ALGORITHM";
            case USERHASH -> "USERHASH";
            case XOR_MAPPED_ADDRESS -> "XOR-MAPPED-ADDRESS";
            case CHANNEL_NUMBER -> "CHANNEL-NUMBER";
            case LIFETIME -> "LIFETIME";
            case XOR_PEER_ADDRESS -> "XOR-PEER-ADDRESS";
            case DATA -> "DATA";
            case XOR_RELAYED_ADDRESS -> "XOR-RELAYED-ADDRESS";
            case REQUESTED_ADDRESS_FAMILY -> "REQUESTED-ADDRESS-FAMILY";
            case EVEN_PORT -> "EVEN-PORT";
            case REQUESTED_TRANSPORT -> "REQUESTED-TRANSPORT";
            case DONT_FRAGMENT -> "DONT-FRAGMENT";
            case RESERVATION_TOKEN -> "RESERVATION-TOKEN";
            case PRIORITY -> "PRIORITY";
            case USE_CANDIDATE -> "USE-CANDIDATE";
            case PASSWORD_ALGORITHMS -> "PASSWORD-ALGORITHMS";
            case SOFTWARE -> "SOFTWARE";
            case ALTERNATE_SERVER -> "ALTERNATE-SERVER";
            case FINGERPRINT -> "FINGERPRINT";
            case ICE_CONTROLLED -> "ICE-CONTROLLED";
            case ICE_CONTROLLING -> "ICE-CONTROLLING";
            default -> null;
        };
    }
}
