package io.jrtc.signaling;

import java.util.Locale;

/**
 * The error codes the signaling server puts in {@code {"type":"error","code":...}} replies. Each
 * names the problem with the message that caused it; the connection stays open after every one of
 * them (only a message beyond the hard frame limit closes it, with WebSocket status 1009).
 */
public enum ErrorCode {
    /** The text was not one well-formed JSON value. */
    MALFORMED_JSON,
    /** The JSON value was not an object. */
    NOT_AN_OBJECT,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field has the wrong JSON type or an invalid value. */
    BAD_FIELD,
    /** The {@code type} is not one of the message types of the protocol. */
    UNKNOWN_TYPE,
    /** The message is larger than the server's configured maximum. */
    MESSAGE_TOO_LARGE,
    /** A binary WebSocket message arrived; the protocol is text (JSON) only. */
    BINARY_NOT_SUPPORTED,
    /** The room name is empty, too long or has characters outside {@code [A-Za-z0-9._~-]}. */
    BAD_ROOM,
    /** The room already has the maximum number of members. */
    ROOM_FULL,
    /** The server already holds the maximum number of rooms. */
    TOO_MANY_ROOMS,
    /** A join while already in a room; leave first. */
    ALREADY_IN_ROOM,
    /** A signal or leave while not in a room. */
    NOT_IN_ROOM,
    /** A signal addressed ({@code "to"}) to a peer that is not in the sender's room. */
    UNKNOWN_PEER,
    /** The signal's {@code data} is neither a session description nor an ICE candidate. */
    BAD_SIGNAL,
    /** A bug in the server; the message was dropped. */
    INTERNAL_ERROR,
    /** A code this client does not know (a newer server). */
    UNKNOWN;

    /** The code as it appears on the wire, e.g. {@code "room-full"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code for a wire string; {@link #UNKNOWN} for anything not listed here. */
    public static ErrorCode fromWire(String wire) {
        if (wire != null) {
            for (ErrorCode code : values()) {
                if (code.wire().equals(wire)) {
                    return code;
                }
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return wire();
    }
}
