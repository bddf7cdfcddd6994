package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;

/**
 * A TLV parameter inside INIT, INIT ACK, HEARTBEAT and RE-CONFIG chunks (RFC 9260 §3.2.1): the
 * ones WebRTC uses are typed, everything else is kept as {@link UnknownParameter}.
 */
public sealed interface Parameter permits StateCookieParameter, SupportedExtensionsParameter,
        ForwardTsnSupportedParameter, ZeroChecksumAcceptableParameter, HeartbeatInfoParameter,
        OutgoingResetRequestParameter, IncomingResetRequestParameter, ReconfigResponseParameter,
        AddStreamsRequestParameter, UnknownParameter {
    /** Heartbeat Info (RFC 9260 §3.3.5). */
    int HEARTBEAT_INFO = 1;
    /** State Cookie (RFC 9260 §3.3.3.1). */
    int STATE_COOKIE = 7;
    /** Outgoing SSN Reset Request (RFC 6525 §4.1). */
    int OUTGOING_RESET_REQUEST = 13;
    /** Incoming SSN Reset Request (RFC 6525 §4.2). */
    int INCOMING_RESET_REQUEST = 14;
    /** Re-configuration Response (RFC 6525 §4.4). */
    int RECONFIG_RESPONSE = 16;
    /** Add Outgoing Streams Request (RFC 6525 §4.5). */
    int ADD_OUTGOING_STREAMS_REQUEST = 17;
    /** Add Incoming Streams Request (RFC 6525 §4.6). */
    int ADD_INCOMING_STREAMS_REQUEST = 18;
    /** Zero Checksum Acceptable (RFC 9653 §5.1). */
    int ZERO_CHECKSUM_ACCEPTABLE = 0x8001;
    /** Supported Extensions (RFC 5061 §4.2.7). */
    int SUPPORTED_EXTENSIONS = 0x8008;
    /** Forward-TSN-Supported (RFC 3758 §3.1). */
    int FORWARD_TSN_SUPPORTED = 0xC000;

    /** The parameter type. */
    int type();

    /** Writes the value (without type, length and padding). */
    void writeValue(Writer w);
}
