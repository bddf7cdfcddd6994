package io.jrtc.signaling.internal;

import io.jrtc.signaling.SignalPayload;

/** A message from a client to the server, as parsed by {@link MessageParser}. */
public sealed interface ClientMessage {

    /** {@code {"type":"join","room":"name"}}: enter a room. */
    record Join(String room) implements ClientMessage {
    }

    /** {@code {"type":"leave"}}: leave the current room. */
    record Leave() implements ClientMessage {
    }

    /**
     * {@code {"type":"signal","to":"peerId"?,"data":{...}}}: relay a payload to the room's other
     * members, or to one of them when {@code to} is set.
     */
    record Signal(String to, SignalPayload data) implements ClientMessage {
    }

    /** {@code {"type":"ping"}}: answered with {@code pong}; browsers cannot send WebSocket pings. */
    record Ping() implements ClientMessage {
    }
}
