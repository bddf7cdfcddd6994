package io.jrtc.sctp.internal;

import io.jrtc.sctp.AddStreamsRequestParameter;
import io.jrtc.sctp.OutgoingResetRequestParameter;
import io.jrtc.sctp.Parameter;
import io.jrtc.sctp.ReconfigResponseParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stream re-configuration (RFC 6525) as data channels use it: Outgoing SSN Reset Requests and Add
 * Outgoing Streams Requests, one request of ours in flight at a time (§5.1.1), retransmitted after
 * an RTO or an "in progress" answer, and the receiver side with its request sequence numbers and
 * deferred processing (§5.2.2). Crossing resets need no special case: each side's request and
 * response travel independently.
 */
public final class StreamResetter {
    /** Most streams an association can have in one direction (RFC 9260 §3.3.2: a 16-bit count). */
    public static final int MAX_STREAMS = 65_535;

    /** A request waiting for its response: a reset of {@code streams}, or adding {@code addStreams} outgoing streams. */
    public record InFlight(long seq, List<Integer> streams, long lastTsn, int addStreams) {}

    /** What a response completed: the streams reset, or the outgoing streams added (0 if denied). */
    public record Done(List<Integer> resetStreams, int requestedStreams, boolean performed) {}

    private final Set<Integer> pending = new LinkedHashSet<>();
    private int pendingAddStreams;
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

    /** Asks for {@code n} more outgoing streams (RFC 6525 §5.1.5), sent once no other request is in flight. */
    public void requestStreams(int n) {
        pendingAddStreams = Math.min(MAX_STREAMS, pendingAddStreams + n);
    }

    public boolean isResetting(int stream) {
        return pending.contains(stream) || (inFlight != null && inFlight.streams.contains(stream));
    }

    public long deadline() {
        return deadline;
    }

    /** Request to send now, if any: a new one (resets of streams whose data has gone first), or a retry. */
    public Parameter poll(long now, SendQueue queue, long lastAssignedTsn, long rto) {
        if (inFlight == null && (!pending.isEmpty() || pendingAddStreams > 0)) { // polled per packet: allocate only with work
            List<Integer> ready = new ArrayList<>();
            for (int s : pending) {
                if (queue.isEmpty(s)) {
                    ready.add(s);
                }
            }
            if (!ready.isEmpty()) {
                ready.forEach(pending::remove);
                inFlight = new InFlight(nextSeq, List.copyOf(ready), lastAssignedTsn, 0);
                sendNow = true;
            } else if (pendingAddStreams > 0) {
                inFlight = new InFlight(nextSeq, List.of(), 0, pendingAddStreams);
                pendingAddStreams = 0;
                sendNow = true;
            }
        }
        if (inFlight == null || !(sendNow || now >= deadline)) {
            return null;
        }
        sendNow = false;
        deadline = now + rto;
        if (inFlight.addStreams > 0) {
            return new AddStreamsRequestParameter(true, inFlight.seq & 0xffffffffL, inFlight.addStreams);
        }
        // The response sequence number is the last peer request we answered (RFC 6525 §4.1).
        return new OutgoingResetRequestParameter(inFlight.seq & 0xffffffffL, (expectedPeerSeq - 1) & 0xffffffffL,
                inFlight.lastTsn & 0xffffffffL, inFlight.streams);
    }

    /** A response to our request; returns what it completed, or null if it completes nothing. */
    public Done onResponse(ReconfigResponseParameter r, long now) {
        if (inFlight == null || r.responseSeq() != (inFlight.seq & 0xffffffffL)) {
            return null;
        }
        if (r.result() == ReconfigResponseParameter.IN_PROGRESS || r.result() == ReconfigResponseParameter.ERROR_IN_PROGRESS) {
            return null; // retried when the deadline comes
        }
        InFlight done = inFlight;
        inFlight = null;
        deadline = Long.MAX_VALUE;
        nextSeq++;
        boolean performed = r.result() == ReconfigResponseParameter.SUCCESS_PERFORMED
                || r.result() == ReconfigResponseParameter.SUCCESS_NOTHING_TO_DO;
        return new Done(done.streams, done.addStreams, performed);
    }

    /** Outcome of a peer's request: the response to send and the streams to reset now (maybe none). */
    public record Answer(ReconfigResponseParameter response, List<Integer> resetNow) {}

    /** A peer's Outgoing SSN Reset Request (RFC 6525 §5.2.2); {@code peerLastTsnReceived} says if its data has all arrived. */
    public Answer onPeerRequest(OutgoingResetRequestParameter p, boolean peerLastTsnReceived) {
        ReconfigResponseParameter early = checkSequence(p.requestSeq());
        if (early != null) {
            return new Answer(early, List.of());
        }
        long seq = p.requestSeq();
        if (p.streams().isEmpty()) {
            return new Answer(answer(seq, ReconfigResponseParameter.DENIED), List.of()); // "all streams": unused by data channels
        }
        if (!peerLastTsnReceived) {
            return new Answer(new ReconfigResponseParameter(seq, ReconfigResponseParameter.IN_PROGRESS), List.of());
        }
        return new Answer(answer(seq, ReconfigResponseParameter.SUCCESS_PERFORMED), p.streams());
    }

    /**
     * A peer's Add Outgoing Streams Request (RFC 6525 §5.2.5): performed when the total stays
     * within 65,535 streams ({@code incomingStreams} is the current count), else denied. Returns the
     * response; {@link #lastAnswerPerformed()} tells whether the streams were added.
     */
    public ReconfigResponseParameter onPeerAddOutgoing(AddStreamsRequestParameter p, int incomingStreams) {
        ReconfigResponseParameter early = checkSequence(p.requestSeq());
        if (early != null) {
            lastAnswerNew = false;
            return early;
        }
        lastAnswerNew = true;
        boolean fits = p.newStreams() > 0 && (long) incomingStreams + p.newStreams() <= MAX_STREAMS;
        return answer(p.requestSeq(), fits ? ReconfigResponseParameter.SUCCESS_PERFORMED : ReconfigResponseParameter.DENIED);
    }

    /**
     * A peer's Add Incoming Streams Request (RFC 6525 §5.2.6): the peer wants more streams from
     * us, which we grant by sending our own Add Outgoing Streams Request for the same number; this
     * request itself is answered "success, nothing to do" (or denied past 65,535 streams).
     */
    public ReconfigResponseParameter onPeerAddIncoming(AddStreamsRequestParameter p, int outgoingStreams) {
        ReconfigResponseParameter early = checkSequence(p.requestSeq());
        if (early != null) {
            lastAnswerNew = false;
            return early;
        }
        lastAnswerNew = true;
        boolean fits = p.newStreams() > 0 && (long) outgoingStreams + pendingAddStreams + p.newStreams() <= MAX_STREAMS;
        if (fits) {
            requestStreams(p.newStreams());
        }
        return answer(p.requestSeq(), fits ? ReconfigResponseParameter.SUCCESS_NOTHING_TO_DO : ReconfigResponseParameter.DENIED);
    }

    private boolean lastAnswerNew;

    /** Whether the last add-streams request answered was new (not a retransmission) and performed. */
    public boolean lastAnswerPerformed() {
        return lastAnswerNew && lastPeerResult == ReconfigResponseParameter.SUCCESS_PERFORMED;
    }

    /** The answer to a retransmitted or out-of-order request, or null for the expected one (§5.2.1). */
    private ReconfigResponseParameter checkSequence(long seq) {
        if (seq == ((expectedPeerSeq - 1) & 0xffffffffL)) {
            return new ReconfigResponseParameter(seq, lastPeerResult); // a retransmission
        }
        if (seq != (expectedPeerSeq & 0xffffffffL)) {
            return new ReconfigResponseParameter(seq, ReconfigResponseParameter.ERROR_BAD_SEQUENCE);
        }
        return null;
    }

    private ReconfigResponseParameter answer(long seq, long result) {
        lastPeerResult = result;
        expectedPeerSeq++;
        return new ReconfigResponseParameter(seq, result);
    }
}
