package io.jrtc.sctp.internal;

/**
 * The chunks in flight ordered by the time they were (re)sent, as an intrusive doubly linked
 * list: append, remove and "oldest" are O(1), which makes time-based loss detection cost O(1) per
 * chunk however many holes a large window has (RFC 8985 keeps its TCP scoreboard the same way).
 */
final class SendOrder {
    private OutChunk head;
    private OutChunk tail;

    void append(OutChunk c) {
        if (c.queued) {
            remove(c);
        }
        c.queued = true;
        c.prevSent = tail;
        c.nextSent = null;
        if (tail == null) {
            head = c;
        } else {
            tail.nextSent = c;
        }
        tail = c;
    }

    void remove(OutChunk c) {
        if (!c.queued) {
            return;
        }
        if (c.prevSent == null) {
            head = c.nextSent;
        } else {
            c.prevSent.nextSent = c.nextSent;
        }
        if (c.nextSent == null) {
            tail = c.prevSent;
        } else {
            c.nextSent.prevSent = c.prevSent;
        }
        c.prevSent = null;
        c.nextSent = null;
        c.queued = false;
    }

    OutChunk oldest() {
        return head;
    }

    void clear() {
        while (head != null) {
            remove(head);
        }
    }
}
