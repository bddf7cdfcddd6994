package io.jrtc.sctp.datachannel;

/** SCTP Payload Protocol Identifiers of WebRTC data channels (RFC 8831 §8, RFC 8832 §8.1). */
public final class Ppid {
    /** DCEP control messages. */
    public static final long DCEP = 50;
    /** UTF-8 string. */
    public static final long STRING = 51;
    /** Binary data. */
    public static final long BINARY = 53;
    /** Empty string: sent as one ignored byte because SCTP cannot carry empty messages. */
    public static final long STRING_EMPTY = 56;
    /** Empty binary message, likewise one ignored byte. */
    public static final long BINARY_EMPTY = 57;
    /** Deprecated partial string (RFC 8831 §8), still understood on receipt. */
    public static final long STRING_PARTIAL = 52;
    /** Deprecated partial binary. */
    public static final long BINARY_PARTIAL = 54;

    private Ppid() {}
}
