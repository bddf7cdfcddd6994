package io.jrtc.signaling;

import java.util.List;

/** What a {@link SignalingClient} receives from the server, plus the end of the connection. */
public sealed interface SignalingEvent {

    /**
     * This client joined {@code room}.
     *
     * @param room the room
     * @param id this client's peer id, the {@code from} of its signals as others see them
     * @param peers the ids of the members already there
     */
    record Joined(String room, String id, List<String> peers) implements SignalingEvent {
        /** Copies the list. */
        public Joined {
            peers = List.copyOf(peers);
        }
    }

    /**
     * This client left {@code room} at its own request.
     *
     * @param room the room
     */
    record Left(String room) implements SignalingEvent {
    }

    /**
     * Another peer joined this client's room.
     *
     * @param room the room
     * @param id its peer id
     */
    record PeerJoined(String room, String id) implements SignalingEvent {
    }

    /**
     * Another peer left this client's room, or disconnected.
     *
     * @param room the room
     * @param id its peer id
     */
    record PeerLeft(String room, String id) implements SignalingEvent {
    }

    /**
     * A signal relayed from another member of the room.
     *
     * @param from the sender's peer id
     * @param to this client's id when the sender addressed it alone, {@code null} for a room-wide signal
     * @param data the description or candidate
     */
    record Signal(String from, String to, SignalPayload data) implements SignalingEvent {
    }

    /**
     * The server refused a message (or sent one this client cannot read); the connection stays open.
     *
     * @param code what kind of problem
     * @param message a sentence naming the problem
     * @param request the {@code type} of the refused message when the server knows it, else {@code null}
     */
    record Error(ErrorCode code, String message, String request) implements SignalingEvent {
    }

    /** The answer to {@link SignalingClient#ping()}. */
    record Pong() implements SignalingEvent {
    }

    /**
     * The connection ended; the last event.
     *
     * @param statusCode the WebSocket close status (1006 when the connection broke without one)
     * @param reason the close reason, possibly empty
     */
    record Closed(int statusCode, String reason) implements SignalingEvent {
    }
}
