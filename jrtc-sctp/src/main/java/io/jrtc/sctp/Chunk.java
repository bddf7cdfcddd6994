package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * One chunk of an SCTP packet (RFC 9260 §3.2): type, flags, and a value whose layout depends on
 * the type. Chunks carrying byte arrays do not copy them: treat them as immutable.
 */
public sealed interface Chunk permits DataChunk, InitChunk, InitAckChunk, SackChunk, HeartbeatChunk,
        HeartbeatAckChunk, AbortChunk, ShutdownChunk, ShutdownAckChunk, ErrorChunk, CookieEchoChunk,
        CookieAckChunk, ShutdownCompleteChunk, ForwardTsnChunk, ReconfigChunk, IDataChunk,
        IForwardTsnChunk, PadChunk, UnknownChunk {
    int DATA = 0;
    int INIT = 1;
    int INIT_ACK = 2;
    int SACK = 3;
    int HEARTBEAT = 4;
    int HEARTBEAT_ACK = 5;
    int ABORT = 6;
    int SHUTDOWN = 7;
    int SHUTDOWN_ACK = 8;
    int ERROR = 9;
    int COOKIE_ECHO = 10;
    int COOKIE_ACK = 11;
    int SHUTDOWN_COMPLETE = 14;
    /** I-DATA (RFC 8260 §2.1). */
    int I_DATA = 64;
    /** RE-CONFIG (RFC 6525 §3.1). */
    int RECONFIG = 130;
    /** PAD (RFC 4820 §3): filler that pads a probe packet to the size being tested. */
    int PAD = 132;
    /** FORWARD TSN (RFC 3758 §3.2). */
    int FORWARD_TSN = 192;
    /** I-FORWARD-TSN (RFC 8260 §2.3). */
    int I_FORWARD_TSN = 194;

    /** The chunk type. */
    int type();

    /** The 8 flag bits. */
    int flags();

    /** Writes the value (after the 4-byte chunk header, without padding). */
    void writeValue(Writer w);
}
