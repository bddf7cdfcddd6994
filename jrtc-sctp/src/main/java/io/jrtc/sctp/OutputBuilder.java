package io.jrtc.sctp;

import io.jrtc.sctp.internal.OutChunk;
import io.jrtc.sctp.internal.PacketBuilder;
import io.jrtc.sctp.internal.Sender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the next packet of an association: control chunks first, then SACK, FORWARD TSN and
 * RE-CONFIG, then retransmissions, then new data as far as cwnd and the peer's rwnd allow, all
 * bundled up to the MTU (RFC 9260 §6.10). INIT, INIT ACK, SHUTDOWN COMPLETE and ABORT go alone.
 */
final class OutputBuilder {
    /** Do not start a new fragment in less room than this: a tiny tail fragment wastes a TSN and a header. */
    private static final int MIN_FRAGMENT = 256;

    private final SctpAssociation a;
    private final long now;

    OutputBuilder(SctpAssociation a, long now) {
        this.a = a;
        this.now = now;
    }

    byte[] next() {
        Chunk head = a.control.peek();
        if (head instanceof InitChunk || head instanceof InitAckChunk || head instanceof ShutdownCompleteChunk
                || head instanceof AbortChunk) {
            a.control.poll();
            return alone(head);
        }
        if (a.peerTag() == 0 || (a.terminated() && a.control.isEmpty())) {
            return null;
        }
        if (head instanceof HeartbeatAckChunk && SctpPacket.HEADER_SIZE + SctpPacket.encodedSize(head) > a.mtu()) {
            // The echo of a peer's probe (RFC 8899 §4.1, RFC 9260 §8.3): exactly the probe's size,
            // with nothing bundled that would make it larger than the size being tested.
            a.control.poll();
            PacketBuilder pb = new PacketBuilder(a.scratch, a.config.localPort(), a.config.remotePort(), a.peerTag(), a.mtu());
            SctpPacket.encodeChunk(pb.writer(), head);
            return pb.finish(a.sender != null && a.sendsZeroChecksum());
        }
        if (a.state() == SctpState.ESTABLISHED && !a.terminated() && a.control.isEmpty()) {
            // after control chunks (a COOKIE ACK first of all): a probe may be lost, they may not
            int probe = a.pmtu.takeProbe(now);
            if (probe > 0) {
                return probe(probe);
            }
        }
        PacketBuilder pb = new PacketBuilder(a.scratch, a.config.localPort(), a.config.remotePort(), a.peerTag(), a.mtu());
        addControl(pb);
        Sender s = a.sender;
        if (s != null && !a.terminated()) {
            if (a.receiver.sackDue(now)) {
                add(pb, a.receiver.buildSack());
            }
            if (s.takeForwardTsnPending()) {
                add(pb, forwardTsn(s));
            }
            var req = a.resetter.poll(now, a.queue, s.lastAssignedTsn(), a.rto.rto());
            if (req != null) {
                add(pb, new ReconfigChunk(List.of(req)));
            }
            if (dataAllowed()) {
                addData(pb, s);
            }
        }
        return pb.isEmpty() ? null : pb.finish(a.sender != null && a.sendsZeroChecksum());
    }

    private boolean dataAllowed() {
        SctpState st = a.state();
        return st == SctpState.ESTABLISHED || st == SctpState.SHUTDOWN_PENDING || st == SctpState.SHUTDOWN_RECEIVED;
    }

    private byte[] alone(Chunk c) {
        long tag = c instanceof InitChunk ? 0 : c instanceof InitAckChunk ? a.initAckTag : a.peerTag();
        boolean reflected = false;
        if (c instanceof AbortChunk && tag == 0) {
            tag = a.localTag;
            reflected = true;
        }
        Chunk chunk = reflected ? new AbortChunk(true, ((AbortChunk) c).causes()) : c;
        PacketBuilder pb = new PacketBuilder(a.scratch, a.config.localPort(), a.config.remotePort(), tag, a.mtu());
        SctpPacket.encodeChunk(pb.writer(), chunk);
        return pb.finish(false);
    }

    /**
     * A PLPMTUD probe of exactly {@code size} bytes: one HEARTBEAT whose Heartbeat Info fills the
     * packet (see {@link PathMtuDiscovery} for why not HEARTBEAT plus PAD as RFC 8899 §6.2.1.1
     * has it). Sent alone, outside congestion control: it carries no DATA, so its loss is never
     * taken for congestion (RFC 8899 §3).
     */
    private byte[] probe(int size) {
        PacketBuilder pb = new PacketBuilder(a.scratch, a.config.localPort(), a.config.remotePort(), a.peerTag(), size);
        SctpPacket.encodeChunk(pb.writer(), new HeartbeatChunk(a.pmtu.probeInfo(now)));
        return pb.finish(a.sendsZeroChecksum());
    }

    private void addControl(PacketBuilder pb) {
        while (!a.control.isEmpty()) {
            Chunk c = a.control.peek();
            if (c instanceof InitChunk || c instanceof InitAckChunk || c instanceof ShutdownCompleteChunk
                    || c instanceof AbortChunk) {
                return;
            }
            int size = SctpPacket.encodedSize(c);
            if (size > pb.room() && !pb.isEmpty()) {
                return;
            }
            a.control.poll();
            SctpPacket.encodeChunk(pb.writer(), c);
        }
    }

    private static void add(PacketBuilder pb, Chunk c) {
        SctpPacket.encodeChunk(pb.writer(), c);
    }

    private void addData(PacketBuilder pb, Sender s) {
        OutChunk r;
        // A chunk sent before PLPMTUD lowered the packet size keeps its size (its TSN cannot be cut
        // again): it may go alone in a packet of the size it was first sent in.
        int rtxRoom = pb.isEmpty() ? Math.max(pb.room(), a.largestMtu - SctpPacket.HEADER_SIZE) : pb.room();
        while ((r = s.nextRetransmission(now, rtxRoom, a.queue)) != null) {
            r.write(pb.writer());
            rtxRoom = pb.room();
        }
        if (s.hasRetransmissions()) {
            return; // lost data goes before new data
        }
        boolean idata = a.interleaving();
        int header = OutChunk.headerSize(idata);
        int maxPayload = (a.mtu() - SctpPacket.HEADER_SIZE - header) & ~3;
        while (true) {
            int room = (pb.room() - header) & ~3;
            int payload = Math.min(maxPayload, room);
            if (payload < MIN_FRAGMENT && !(pb.isEmpty() && payload > 0)) {
                return;
            }
            if (!s.canSendNew(header + payload)) {
                return;
            }
            OutChunk c = a.queue.next(now, s.nextTsn(), payload, idata, m -> s.abandon(m, a.queue));
            if (c == null) {
                return;
            }
            s.takeTsn();
            s.sent(c, now);
            c.write(pb.writer(), askImmediateSack(s, header + maxPayload));
        }
    }

    /**
     * RFC 7053 I bit: ask for an immediate SACK when nothing more will follow soon (the queue is
     * empty, or a small window is full), so the peer's 200 ms delayed SACK never outlasts an RTO
     * that WebRTC tunes lower than RFC 9260's one second.
     */
    private boolean askImmediateSack(Sender s, int fullChunk) {
        boolean windowFull = !s.canSendNew(fullChunk) && s.flightBytes() <= 4L * a.mtu();
        return windowFull || a.queue.isEmpty();
    }

    /** FORWARD TSN or I-FORWARD-TSN for the abandoned run (RFC 3758 §3.5 C4, RFC 8260 §2.3). */
    private Chunk forwardTsn(Sender s) {
        long point = s.forwardPoint() & 0xffffffffL;
        if (a.interleaving()) {
            Map<String, IForwardTsnChunk.StreamMid> last = new LinkedHashMap<>();
            for (OutChunk c : s.abandonedRun()) {
                var m = c.message;
                last.put(m.streamId + "/" + m.ordered, new IForwardTsnChunk.StreamMid(m.streamId, !m.ordered, m.sequence & 0xffffffffL));
            }
            return new IForwardTsnChunk(point, new ArrayList<>(last.values()));
        }
        Map<Integer, ForwardTsnChunk.StreamSsn> last = new LinkedHashMap<>();
        for (OutChunk c : s.abandonedRun()) {
            if (c.message.ordered) {
                last.put(c.message.streamId, new ForwardTsnChunk.StreamSsn(c.message.streamId, (int) c.message.sequence & 0xffff));
            }
        }
        return new ForwardTsnChunk(point, new ArrayList<>(last.values()));
    }
}
