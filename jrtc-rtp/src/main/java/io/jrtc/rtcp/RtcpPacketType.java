package io.jrtc.rtcp;

/** RTCP packet type values (RFC 3550 §12.1, RFC 4585 §6.1, RFC 3611 §2). */
public final class RtcpPacketType {
    private RtcpPacketType() {}

    /** Sender report (RFC 3550 §6.4.1). */
    public static final int SR = 200;
    /** Receiver report (RFC 3550 §6.4.2). */
    public static final int RR = 201;
    /** Source description (RFC 3550 §6.5). */
    public static final int SDES = 202;
    /** Goodbye (RFC 3550 §6.6). */
    public static final int BYE = 203;
    /** Application-defined (RFC 3550 §6.7). */
    public static final int APP = 204;
    /** Transport-layer feedback (RFC 4585 §6.2): generic NACK, transport-cc. */
    public static final int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.3): PLI, SLI, RPSI, FIR, REMB. */
    public static final int PSFB = 206;
    /** Extended report (RFC 3611). */
    public static final int XR = 207;

    /** The conventional name of {@code type} ("SR", "PSFB", ...), or its number. */
    public static String name(int type) {
        return switch (type) {
            case SR -> "SR";
            case RR -> "RR";
            case SDES -> "SDES";
            case BYE -> "BYE";
            case APP -> "APP";
            case RTPFB -> "RTPFB";
            case PSFB -> "PSFB";
            case XR -> "XR";
            default -> Integer.toString(type);
        };
    }
}
