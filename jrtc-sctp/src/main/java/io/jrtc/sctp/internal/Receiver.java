package io.jrtc.sctp.internal;

import io.jrtc.sctp.ForwardTsnChunk;
import io.jrtc.sctp.GapAckBlock;
import io.jrtc.sctp.IForwardTsnChunk;
import io.jrtc.sctp.SackChunk;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The receiving half of an association: TSN tracking with gap blocks and duplicates, delayed
 * SACK (RFC 9260 §6.2: at least every second packet with DATA, within 200 ms, at once on gaps),
 * reassembly, ordered delivery and FORWARD TSN (RFC 3758 §3.6). Received TSNs above the
 * cumulative point are kept as a sorted map of ranges, so both arrival and SACK building are
 * O(log n) / O(gaps).
 */
public final class Receiver {
    /** Largest distance above the cumulative TSN a SACK gap block can express. */
    private static final long TSN_WINDOW = 65_535;
    private static final int MAX_GAP_BLOCKS = 128;
    private static final int MAX_DUPS = 32;
    private static final long DELAYED_SACK_NANOS = 200_000_000L;

    private final TreeMap<Long, Long> ranges = new TreeMap<>();
    private final List<Long> dups = new ArrayList<>();
    private final Reassembly reassembly = new Reassembly();
    private final IDataReassembly ireassembly = new IDataReassembly();
    private final InboundStreams inbound;
    private final ArrayDeque<Delivered> delivered = new ArrayDeque<>();
    private final long rwnd;
    private final boolean idata;
    private long cumTsn;
    private long lastReceivedTsn = Long.MIN_VALUE;
    private int packetsSinceSack;
    private boolean sackNow;
    private long sackDeadline = Long.MAX_VALUE;
    public long duplicateTsns;
    public long outOfWindow;
    public long droppedNoBuffer;

    public Receiver(long peerInitialTsn, long rwnd, boolean idata) {
        this.cumTsn = peerInitialTsn - 1;
        this.rwnd = rwnd;
        this.idata = idata;
        this.inbound = new InboundStreams(idata);
    }

    public long cumTsn() {
        return cumTsn;
    }

    public long heldBytes() {
        return reassembly.heldBytes() + ireassembly.heldBytes() + inbound.heldBytes();
    }

    public long arwnd() {
        return Math.max(0, rwnd - heldBytes());
    }

    /** Next reassembled, in-order message, or null. */
    public Delivered poll() {
        return delivered.poll();
    }

    /** Unwraps a wire TSN relative to the cumulative point. */
    public long unwrap(long wireTsn) {
        return Serial.unwrap32(cumTsn, wireTsn);
    }

    /**
     * A DATA or I-DATA fragment arrived (RFC 9260 §6.2); {@code f.tsn()} is already unwrapped.
     *
     * @return false if it was dropped (duplicate, out of window, or no buffer)
     */
    public boolean onData(Fragment f) {
        long tsn = f.tsn();
        if (tsn <= cumTsn || isReceived(tsn)) {
            duplicateTsns++;
            if (dups.size() < MAX_DUPS) {
                dups.add(tsn & 0xffffffffL);
            }
            sackNow = true; // §6.2: duplicates are reported at once
            return false;
        }
        if (tsn - cumTsn > TSN_WINDOW) {
            outOfWindow++;
            return false;
        }
        if (heldBytes() + f.payload().length > rwnd && tsn > highestReceived()) {
            droppedNoBuffer++; // §6.2: no room; the sender will retransmit
            return false;
        }
        markReceived(tsn);
        lastReceivedTsn = tsn;
        if (idata) {
            ireassembly.add(f, m -> inbound.accept(m, delivered::add));
        } else {
            reassembly.add(f, m -> inbound.accept(m, delivered::add));
        }
        return true;
    }

    private boolean isReceived(long tsn) {
        Map.Entry<Long, Long> e = ranges.floorEntry(tsn);
        return e != null && e.getValue() >= tsn;
    }

    private long highestReceived() {
        return ranges.isEmpty() ? cumTsn : ranges.lastEntry().getValue();
    }

    private void markReceived(long tsn) {
        long start = tsn;
        long end = tsn;
        Map.Entry<Long, Long> left = ranges.floorEntry(tsn);
        if (left != null && left.getValue() == tsn - 1) {
            start = left.getKey();
        }
        Long rightEnd = ranges.remove(tsn + 1);
        if (rightEnd != null) {
            end = rightEnd;
        }
        ranges.put(start, end);
        advanceCum();
    }

    private void advanceCum() {
        Map.Entry<Long, Long> first = ranges.firstEntry();
        if (first != null && first.getKey() == cumTsn + 1) {
            ranges.pollFirstEntry();
            cumTsn = first.getValue();
        }
    }

    /** Called once per received packet that carried DATA; decides between immediate and delayed SACK. */
    public void afterDataPacket(long now, boolean immediate) {
        packetsSinceSack++;
        if (immediate || packetsSinceSack >= 2 || !ranges.isEmpty()) {
            sackNow = true;
        } else if (sackDeadline == Long.MAX_VALUE) {
            sackDeadline = now + DELAYED_SACK_NANOS;
        }
    }

    public void requestSack() {
        sackNow = true;
    }

    public boolean sackDue(long now) {
        return sackNow || now >= sackDeadline;
    }

    public long sackDeadline() {
        return sackDeadline;
    }

    /**
     * Builds the SACK and resets the delayed-ack state (RFC 9260 §3.3.4). When there are more gap
     * blocks than fit, the lowest ones are reported plus, last, the block holding the most
     * recently received TSN (as RFC 2018 does for TCP): the sender keeps what it learns, so over
     * successive SACKs it sees every arrival, and a window with thousands of holes still drains.
     */
    public SackChunk buildSack() {
        List<GapAckBlock> gaps = new ArrayList<>();
        for (Map.Entry<Long, Long> e : ranges.entrySet()) {
            if (gaps.size() >= MAX_GAP_BLOCKS - 1) {
                Map.Entry<Long, Long> latest = ranges.floorEntry(lastReceivedTsn);
                if (latest != null && latest.getValue() >= lastReceivedTsn && latest.getKey() >= e.getKey()) {
                    e = latest;
                }
                addGap(gaps, e);
                break;
            }
            addGap(gaps, e);
        }
        SackChunk s = new SackChunk(cumTsn & 0xffffffffL, arwnd(), gaps, List.copyOf(dups));
        dups.clear();
        packetsSinceSack = 0;
        sackNow = false;
        sackDeadline = Long.MAX_VALUE;
        return s;
    }

    private void addGap(List<GapAckBlock> gaps, Map.Entry<Long, Long> e) {
        long end = e.getValue() - cumTsn;
        if (end <= TSN_WINDOW) {
            gaps.add(new GapAckBlock((int) (e.getKey() - cumTsn), (int) end));
        }
    }

    /** FORWARD TSN (RFC 3758 §3.6). */
    public void onForwardTsn(ForwardTsnChunk f) {
        long newCum = unwrap(f.newCumulativeTsn());
        skipTo(newCum);
        for (ForwardTsnChunk.StreamSsn s : f.streams()) {
            inbound.skipThrough(s.streamId(), s.ssn(), delivered::add);
        }
    }

    /** I-FORWARD-TSN (RFC 8260 §2.3.1). */
    public void onIForwardTsn(IForwardTsnChunk f) {
        long newCum = unwrap(f.newCumulativeTsn());
        skipTo(newCum);
        for (IForwardTsnChunk.StreamMid s : f.streams()) {
            ireassembly.dropThrough(s.streamId(), s.unordered(), s.mid());
            if (!s.unordered()) {
                inbound.skipThrough(s.streamId(), s.mid(), delivered::add);
            }
        }
    }

    private void skipTo(long newCum) {
        sackNow = true;
        if (newCum <= cumTsn || newCum - cumTsn > TSN_WINDOW) {
            return;
        }
        reassembly.dropThrough(newCum);
        while (!ranges.isEmpty() && ranges.firstKey() <= newCum) {
            Map.Entry<Long, Long> e = ranges.pollFirstEntry();
            if (e.getValue() > newCum) {
                ranges.put(newCum + 1, e.getValue());
            }
        }
        cumTsn = newCum;
        advanceCum();
    }

    /** RFC 6525 §5.2.2: resets an incoming stream's sequence numbers. */
    public void resetStream(int streamId) {
        inbound.reset(streamId);
    }
}
