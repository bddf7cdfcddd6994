package io.jrtc.webrtc.internal.engine;

import java.util.ArrayDeque;

/**
 * DTLS datagrams ICE could not send yet. The controlled side often receives the peer's
 * ClientHello (on a pair the peer's check arrived on) before its own check of that pair has
 * succeeded, so it has no valid pair to answer on; holding the answer until there is one saves a
 * one-second DTLS retransmission. Bounded; DTLS retransmits whatever is dropped here.
 */
final class HeldDatagrams {
    private static final int LIMIT = 16;

    private final ArrayDeque<byte[]> held = new ArrayDeque<>();
    private long dropped;

    /** Sends through ICE in order, holding what cannot go yet. */
    void send(long now, IceLayer ice, byte[] datagram) {
        if (held.isEmpty() && ice.send(now, datagram)) {
            return;
        }
        if (held.size() < LIMIT) {
            held.add(datagram);
        } else {
            dropped++;
        }
    }

    /** Retries what is held; true if anything went out. */
    boolean retry(long now, IceLayer ice) {
        boolean sent = false;
        while (!held.isEmpty() && ice.send(now, held.peek())) {
            held.poll();
            sent = true;
        }
        return sent;
    }

    long dropped() {
        return dropped;
    }
}
