package io.jrtc.sctp.internal;

import io.jrtc.sctp.GapAckBlock;
import io.jrtc.sctp.SackChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sending half of an association: TSN assignment, outstanding chunks, SACK processing,
 * loss detection, retransmission, T3-rtx and partial reliability (RFC 9260 §6, §7; RFC 3758).
 *
 * <p>Outstanding chunks live in a TSN-sorted map from which acked chunks are removed, so a SACK
 * costs O(log n) per newly acked chunk and per gap block. Instead of RFC 9260 §7.2.4's three
 * miss indications (which must revisit every hole on every SACK, and never detects a lost
 * retransmission) loss detection is time-based like RACK (RFC 8985): a chunk sent more than 5/4
 * SRTT before a chunk that has since been acked is lost. That recovers lost retransmissions
 * without waiting for T3-rtx, which at 5% loss would otherwise collapse the window every few
 * round trips, and costs O(1) per lost chunk through a send-time ordered list.
 */
public final class Sender {
    /** A SACK with this many gap blocks may have left some out for lack of room. */
    private static final int TRUNCATION_SUSPECT = 100;
    private final TreeMap<Long, OutChunk> outstanding = new TreeMap<>();
    /**
     * Chunks acked only by gap blocks: kept until the cumulative ack passes them, because a peer
     * may renege and drop them again (RFC 9260 §6.2, §6.2.1).
     */
    private final TreeMap<Long, OutChunk> gapAcked = new TreeMap<>();
    private final TreeSet<Long> lost = new TreeSet<>();
    private final SendOrder inFlight = new SendOrder();
    /** Send time of the most recently sent chunk known to be delivered (RACK.xmit_ts, RFC 8985). */
    private long rackXmitTs = Long.MIN_VALUE;
    private final CongestionControl cc;
    private final RtoEstimator rto;
    private int mtu;
    private long nextTsn;
    private long cumAck;
    private long flightBytes;
    private long peerRwnd;
    private long t3Deadline = Long.MAX_VALUE;
    private int consecutiveTimeouts;
    private boolean forwardTsnPending;
    // counters
    public long retransmissions;
    public long fastRetransmits;
    public long t3Expirations;
    public long abandonedMessages;
    public long renegedChunks;

    public Sender(long initialTsn, long peerRwnd, int mtu, int initialCwndPackets, RtoEstimator rto) {
        this.nextTsn = initialTsn;
        this.cumAck = initialTsn - 1;
        this.peerRwnd = peerRwnd;
        this.mtu = mtu;
        this.cc = new CongestionControl(mtu, initialCwndPackets);
        this.rto = rto;
    }

    /** The packet size in use. */
    public int mtu() {
        return mtu;
    }

    /** The packet size changed (Path MTU discovery, RFC 8899). */
    public void mtu(int m) {
        mtu = m;
        cc.mtu(m);
    }

    public long nextTsn() {
        return nextTsn;
    }

    /** The last TSN assigned (RFC 6525 "sender's last assigned TSN"). */
    public long lastAssignedTsn() {
        return nextTsn - 1;
    }

    public long cumAck() {
        return cumAck;
    }

    public long flightBytes() {
        return flightBytes;
    }

    public CongestionControl congestion() {
        return cc;
    }

    /** Whether the peer acked {@code c}, cumulatively or in a gap block. */
    boolean acked(OutChunk c) {
        return c.tsn <= cumAck || gapAcked.containsKey(c.tsn);
    }

    public boolean hasOutstanding() {
        return !outstanding.isEmpty();
    }

    public int consecutiveTimeouts() {
        return consecutiveTimeouts;
    }

    public long t3Deadline() {
        return t3Deadline;
    }

    /**
     * Whether a new chunk of at most {@code size} wire bytes may go out (RFC 9260 §6.1): while the
     * flight is below cwnd, a new packet may exceed it by up to a PMTU less one byte (rule B). The
     * caller asks with the largest chunk that fits the packet, which after Path MTU discovery can
     * be far larger than the message it ends up carrying; rule B keeps a small message from
     * waiting for the whole flight to drain.
     */
    public boolean canSendNew(int size) {
        if (flightBytes == 0) {
            return true; // §6.1 A/B: one packet may always be in flight
        }
        // a gap block can only name TSNs within 65535 of the cumulative ack (RFC 9260 §3.3.4)
        return flightBytes < cc.cwnd() && size <= peerRwnd && nextTsn - cumAck < 65_535;
    }

    private boolean canRetransmit(int size) {
        return flightBytes == 0 || flightBytes + size <= cc.cwnd();
    }

    /** Assigns the next TSN; the caller cuts the chunk with it and then calls {@link #sent}. */
    public long takeTsn() {
        return nextTsn++;
    }

    public void sent(OutChunk c, long now) {
        c.sentAt = now;
        c.transmits++;
        flightBytes += c.wireSize();
        peerRwnd = Math.max(0, peerRwnd - c.length);
        outstanding.put(c.tsn, c);
        inFlight.append(c);
        if (t3Deadline == Long.MAX_VALUE) {
            t3Deadline = now + rto.rto(); // §6.3.2 R1
        }
    }

    /** The next lost chunk that may be retransmitted now, already accounted as sent, or null. */
    public OutChunk nextRetransmission(long now, int room, SendQueue queue) {
        while (!lost.isEmpty()) {
            OutChunk c = outstanding.get(lost.first());
            if (c == null || c.abandoned || !c.lost) {
                lost.pollFirst();
                continue;
            }
            if (now >= c.message.expiresAt) {
                abandon(c.message, queue); // RFC 3758 §3.5 A3: check the lifetime before retransmitting
                continue;
            }
            if (c.wireSize() > room || !canRetransmit(c.wireSize())) {
                return null;
            }
            lost.pollFirst();
            c.lost = false;
            c.sentAt = now;
            inFlight.append(c);
            c.transmits++;
            flightBytes += c.wireSize();
            retransmissions++;
            if (t3Deadline == Long.MAX_VALUE) {
                t3Deadline = now + rto.rto();
            }
            return c;
        }
        return null;
    }

    public boolean hasRetransmissions() {
        return !lost.isEmpty();
    }

    /** Processes a SACK (RFC 9260 §6.2.1); returns messages abandoned as a result via the queue. */
    public void onSack(SackChunk s, long now, SendQueue queue) {
        long cum = Serial.unwrap32(cumAck, s.cumulativeTsnAck());
        if (cum < cumAck || cum >= nextTsn) {
            return; // §6.2.1 D i): stale or acking TSNs never sent
        }
        boolean fullyUsed = flightBytes + mtu >= cc.cwnd();
        Ack ack = new Ack();
        boolean cumAdvanced = cum > cumAck;
        Map<Long, OutChunk> head = outstanding.headMap(cum, true);
        for (OutChunk c : head.values()) {
            ack.add(c);
        }
        head.clear();
        gapAcked.headMap(cum, true).clear();
        cumAck = cum;
        for (GapAckBlock g : s.gapBlocks()) {
            if (g.end() < g.start()) {
                continue;
            }
            Map<Long, OutChunk> range = outstanding.subMap(cum + g.start(), true, cum + g.end(), true);
            for (OutChunk c : range.values()) {
                ack.add(c);
                gapAcked.put(c.tsn, c);
            }
            range.clear();
        }
        if (!gapAcked.isEmpty()) {
            findReneged(s, now);
        }
        flightBytes -= ack.flight;
        peerRwnd = Math.max(0, s.arwnd() - flightBytes);
        if (ack.rttFrom != Long.MIN_VALUE) {
            rto.sample(now - ack.rttFrom);
        }
        if (cumAdvanced || ack.bytes > 0) {
            consecutiveTimeouts = 0;
        }
        int newlyLost = detectLosses(ack, now, queue);
        if (newlyLost > 0) {
            fastRetransmits += newlyLost;
            cc.onLoss(newlyLost, nextTsn - 1);
        }
        cc.onAck(ack.bytes, fullyUsed, cumAck);
        updateT3(now, cumAdvanced || ack.bytes > 0);
        if (forwardPoint() > cumAck) {
            forwardTsnPending = true;
        }
    }

    /**
     * RFC 9260 §6.2.1: a TSN an earlier SACK acked in a gap block that this SACK no longer
     * covers was dropped by the peer (reneged). It goes back to the retransmission queue, marked
     * lost, so it is sent again at once; this is about the peer's buffer, not congestion, so the
     * window is left alone. Receivers that run out of room for blocks truncate the list: some
     * report the lowest blocks (so nothing above the highest reported block is taken back), ours
     * reports the newest block last (only with many blocks, which are then trusted as they are).
     * A SACK without any block cannot be truncated, so everything above its cumulative ack that
     * was gap-acked before has been taken back.
     */
    private void findReneged(SackChunk s, long now) {
        List<GapAckBlock> blocks = sortedBlocks(s.gapBlocks());
        if (blocks.size() >= TRUNCATION_SUSPECT) {
            return;
        }
        long from = cumAck + 1;
        List<OutChunk> reneged = new ArrayList<>();
        for (GapAckBlock g : blocks) {
            long start = cumAck + g.start();
            if (start > from) {
                reneged.addAll(gapAcked.subMap(from, true, start, false).values());
            }
            from = Math.max(from, cumAck + g.end() + 1);
        }
        if (blocks.isEmpty()) {
            reneged.addAll(gapAcked.tailMap(from, true).values());
        }
        for (OutChunk c : reneged) {
            gapAcked.remove(c.tsn);
            outstanding.put(c.tsn, c);
            renegedChunks++;
            if (!c.abandoned) {
                c.lost = true;
                lost.add(c.tsn);
            }
        }
        if (!reneged.isEmpty() && t3Deadline == Long.MAX_VALUE) {
            t3Deadline = now + rto.rto(); // §6.2.1: T3-rtx runs while reneged data waits
        }
    }

    private static List<GapAckBlock> sortedBlocks(List<GapAckBlock> blocks) {
        List<GapAckBlock> sorted = new ArrayList<>();
        for (GapAckBlock g : blocks) {
            if (g.end() >= g.start()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingInt(GapAckBlock::start));
        return sorted;
    }

    private final class Ack {
        long bytes;
        long flight;
        long newestSentAt = Long.MIN_VALUE;
        long rttFrom = Long.MIN_VALUE;

        void add(OutChunk c) {
            inFlight.remove(c);
            if (c.lost) {
                lost.remove(c.tsn);
                c.lost = false;
            } else if (!c.abandoned) {
                flight += c.wireSize();
            }
            if (c.abandoned) {
                return;
            }
            bytes += c.length;
            newestSentAt = Math.max(newestSentAt, c.sentAt);
            if (c.transmits == 1 && c.sentAt > rttFrom) {
                rttFrom = c.sentAt; // Karn's rule: only chunks sent once give RTT samples
            }
        }
    }

    /**
     * RFC 8985-style detection: a chunk is lost once a chunk sent after it has been acked and
     * 5/4 SRTT have passed since it was sent (the quarter RTT tolerates reordering). Walking the
     * send-time list from its oldest end stops at the first chunk that is not yet lost, so the
     * cost is O(1) per chunk declared lost.
     */
    private int detectLosses(Ack ack, long now, SendQueue queue) {
        rackXmitTs = Math.max(rackXmitTs, ack.newestSentAt);
        long srtt = Math.max(rto.srtt(), 0);
        long reorderWindow = srtt + srtt / 4;
        int newlyLost = 0;
        OutChunk c;
        while ((c = inFlight.oldest()) != null && c.sentAt < rackXmitTs && now - c.sentAt > reorderWindow) {
            markLost(c, now, queue);
            newlyLost++;
        }
        return newlyLost;
    }

    private void markLost(OutChunk c, long now, SendQueue queue) {
        inFlight.remove(c);
        c.lost = true;
        flightBytes -= c.wireSize();
        OutMessage m = c.message;
        boolean expired = now >= m.expiresAt;
        boolean tooMany = m.maxRetransmits >= 0 && c.transmits > m.maxRetransmits;
        if (expired || tooMany) {
            abandon(m, queue); // RFC 3758 §3.5 A2/A3
        } else {
            lost.add(c.tsn);
        }
    }

    /** Abandons every fragment of the message (RFC 3758 §3.5). */
    public void abandon(OutMessage m, SendQueue queue) {
        if (!m.abandoned) {
            m.abandoned = true;
            abandonedMessages++;
        }
        for (OutChunk c : m.chunks) {
            if (!c.abandoned && gapAcked.containsKey(c.tsn)) {
                c.abandoned = true; // delivered, unless the peer reneges: then FORWARD TSN covers it
            } else if (!c.abandoned && outstanding.containsKey(c.tsn)) {
                if (!c.lost) {
                    flightBytes -= c.wireSize();
                }
                inFlight.remove(c);
                c.lost = false;
                c.abandoned = true;
                lost.remove(c.tsn);
            }
        }
        queue.abandonRest(m);
        forwardTsnPending = true;
    }

    /**
     * RFC 9260 §6.3.2 R2/R3, except that any newly acked data (gap blocks included) restarts the
     * timer, not only a cumulative ack: while SACKs show progress, the time-based loss detection
     * above recovers lost retransmissions, and T3-rtx stays the backstop for silence (as RFC 8985
     * makes RTO a last resort for TCP). Without this, a retransmission lost on a long path
     * collapses the window to one packet although the peer is acking everything else.
     */
    private void updateT3(long now, boolean progress) {
        if (outstanding.isEmpty()) {
            t3Deadline = Long.MAX_VALUE; // §6.3.2 R2
        } else if (progress || t3Deadline == Long.MAX_VALUE) {
            t3Deadline = now + rto.rto(); // §6.3.2 R3
        }
    }

    /** T3-rtx expired (RFC 9260 §6.3.3): back off, collapse the window, retransmit everything. */
    public void onT3(long now, SendQueue queue) {
        t3Expirations++;
        consecutiveTimeouts++;
        rto.backOff();
        cc.onTimeout();
        for (OutChunk c : outstanding.values().toArray(new OutChunk[0])) {
            if (!c.lost && !c.abandoned) {
                markLost(c, now, queue);
            }
        }
        t3Deadline = outstanding.isEmpty() ? Long.MAX_VALUE : now + rto.rto();
        if (forwardPoint() > cumAck) {
            forwardTsnPending = true;
        }
    }

    /** RFC 3758 §3.5 C1: the Advanced.Peer.Ack.Point, the end of the abandoned run after cumAck. */
    public long forwardPoint() {
        long point = cumAck;
        for (OutChunk c : outstanding.values()) {
            if (!c.abandoned) {
                break;
            }
            point = c.tsn;
        }
        return point;
    }

    /** Whether a FORWARD TSN should go out; clears the flag. */
    public boolean takeForwardTsnPending() {
        boolean p = forwardTsnPending && forwardPoint() > cumAck;
        forwardTsnPending = false;
        return p;
    }

    /** The abandoned chunks from cumAck+1 to the forward point, for building FORWARD TSN. */
    public Iterable<OutChunk> abandonedRun() {
        return outstanding.headMap(forwardPoint(), true).values();
    }
}
