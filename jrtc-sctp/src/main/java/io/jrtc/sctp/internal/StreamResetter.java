package io.jrtc.sctp.internal;

import io.jrtc.sctp.OutgoingResetRequestParameter;
import io.jrtc.sctp.ReconfigResponseParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stream reset (RFC 6525) as data channels use it: Outgoing SSN Reset Requests, one in flight at
 * a time (§5.1.1), retransmitted after an RTO or an "in progress" answer, and the receiver side
 * with its request sequence numbers and deferred processing (§5.2.2). Crossing resets need no
 * special case: each side's request and response travel independently.
 */
public final class StreamResetter {
    /** A request waiting for its response. */
    public record InFlight(long seq, List<Integer> streams, long lastTsn) {}

    private final Set<Integer> pending = new LinkedHashSet<>();
    private long nextSeq;
    private long expectedPeerSeq;
    private long lastPeerResult = ReconfigResponseParameter.SUCCESS_PERFORMED;
    private InFlight inFlight;
    private long deadline = Long.MAX_VALUE;
    private boolean sendNow;

    public StreamResetter(long localInitialTsn, long peerInitialTsn) {
        this.nextSeq = localInitialTsn;
        this.expectedPeerSeq = peerInitialTsn;
    }

    public void request(int stream) {
        pending.add(stream);
    }

    public boolean isResetting(int stream) {
        return pending.contains(stream) || (inFlight != null && inFlight.streams.contains(stream));
    }

    public long deadline() {
        return deadline;
    }

    /** Request to send now, if any: a new one for streams whose queued data has gone, or a retry. */
    public OutgoingResetRequestParameter poll(long now, SendQueue queue, long lastAssignedTsn, long rto) {
        if (inFlight == null && !pending.isEmpty()) {
            List<Integer> ready = new ArrayList<>();
            for (int s : pending) {
                if (queue.isEmpty(s)) {
                    ready.add(s);
                }
            }
            if (ready.isEmpty()) {
                return null;
            }
            ready.forEach(pending::remove);
            inFlight = new InFlight(nextSeq, List.copyOf(ready), lastAssignedTsn);
            sendNow = true;
        }
        if (inFlight == null || !(sendNow || now >= deadline)) {
            return null;
        }
        sendNow = false;
        deadline = now + rto;
        // The response sequence number is the last peer request we answered (RFC 6525 §4.1).
        return new OutgoingResetRequestParameter(inFlight.seq & 0xffffffffL, (expectedPeerSeq - 1) & 0xffffffffL,
                inFlight.lastTsn & 0xffffffffL, inFlight.streams);
    }

    /** A response to our request; returns the streams reset, or null if it does not complete one. */
    public List<Integer> onResponse(ReconfigResponseParameter r, long now) {
        if (inFlight == null || r.responseSeq() != (inFlight.seq & 0xffffffffL)) {
            return null;
        }
        if (r.result() == ReconfigResponseParameter.IN_PROGRESS || r.result() == ReconfigResponseParameter.ERROR_IN_PROGRESS) {
            return null; // retried when the deadline comes
        }
        List<Integer> done = inFlight.streams;
        inFlight = null;
        deadline = Long.MAX_VALUE;
        nextSeq++;
        return done;
    }

    /** Outcome of a peer's request: the response to send and the streams to reset now (maybe none). */
    public record Answer(ReconfigResponseParameter response, List<Integer> resetNow) {}

    /** A peer's Outgoing SSN Reset Request (RFC 6525 §5.2.2); {@code peerLastTsnReceived} says if its data has all arrived. */
    public Answer onPeerRequest(OutgoingResetRequestParameter p, boolean peerLastTsnReceived) {
        long seq = p.requestSeq();
        if (seq == ((expectedPeerSeq - 1) & 0xffffffffL)) {
            return new Answer(new ReconfigResponseParameter(seq, lastPeerResult), List.of()); // retransmission
        }
        if (seq != (expectedPeerSeq & 0xffffffffL)) {
            return new Answer(new ReconfigResponseParameter(seq, ReconfigResponseParameter.ERROR_BAD_SEQUENCE), List.of());
        }
        if (p.streams().isEmpty()) {
            lastPeerResult = ReconfigResponseParameter.DENIED; // "all streams" is not used by data channels
            expectedPeerSeq++;
            return new Answer(new ReconfigResponseParameter(seq, lastPeerResult), List.of());
        }
        if (!peerLastTsnReceived) {
            return new Answer(new ReconfigResponseParameter(seq, ReconfigResponseParameter.IN_PROGRESS), List.of());
        }
        lastPeerResult = ReconfigResponseParameter.SUCCESS_PERFORMED;
        expectedPeerSeq++;
        return new Answer(new ReconfigResponseParameter(seq, lastPeerResult), p.streams());
    }
}
