package io.jrtc.stun;

/**
 * A STUN method, the 12 M bits of the message type (RFC 8489 §5). Constants cover the methods
 * ICE and TURN use; any other 12-bit value decodes too, so unknown methods survive a round trip.
 *
 * @param code the method number, 0x000-0xFFF
 */
public record StunMethod(int code) {
    /** RFC 8489 §18.2: Binding, used by ICE connectivity checks and server-reflexive discovery. */
    public static final StunMethod BINDING = new StunMethod(0x001);
    /** RFC 8656 §17: TURN Allocate. */
    public static final StunMethod ALLOCATE = new StunMethod(0x003);
    /** RFC 8656 §17: TURN Refresh. */
    public static final StunMethod REFRESH = new StunMethod(0x004);
    /** RFC 8656 §17: TURN Send (indication only). */
    public static final StunMethod SEND = new StunMethod(0x006);
    /** RFC 8656 §17: TURN Data (indication only). */
    public static final StunMethod DATA = new StunMethod(0x007);
    /** RFC 8656 §17: TURN CreatePermission. */
    public static final StunMethod CREATE_PERMISSION = new StunMethod(0x008);
    /** RFC 8656 §17: TURN ChannelBind. */
    public static final StunMethod CHANNEL_BIND = new StunMethod(0x009);

    public StunMethod {
        if (code < 0 || code > 0xFFF) {
            throw new IllegalArgumentException("STUN method must be 0x000-0xFFF, got " + code);
        }
    }

    /** The method's name ({@code "Binding"}), or {@code "0x"} and three hex digits if not known. */
    public String name() {
        return switch (code) {
            case 0x001 -> "Binding";
            case 0x003 -> "Allocate";
            case 0x004 -> "Refresh";
            case 0x006 -> "Send";
            case 0x007 -> "Data";
            case 0x008 -> "CreatePermission";
            case 0x009 -> "ChannelBind";
            default -> String.format("0x%03X", code);
        };
    }

    @Override
    public String toString() {
        return name();
    }
}
