package io.jrtc.signaling.internal;

/** A connected peer as the room registry sees it: an id and a way to send it text. */
public interface Member {
    String id();

    /** Queues a text message to this peer; never blocks and never throws. */
    void send(String text);
}
