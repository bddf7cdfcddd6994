package io.jrtc.sctp;

/**
 * Counters and congestion state of an association, a snapshot. Every dropped input is counted
 * here (DESIGN.md: dropped, counted, logged at debug). {@code renegedChunks} counts chunks the
 * peer acked in a gap block and later dropped (RFC 9260 §6.2); {@code restarts} counts peer
 * restarts (§5.2.4 A). The sender's counters start over after a restart. {@code pathMtu} is the
 * largest packet sent now (the configured MTU, or what Path MTU discovery confirmed),
 * {@code pmtuProbes} the probes sent and {@code pmtuBlackHoles} the fallbacks to the base MTU.
 */
public record SctpStats(long packetsReceived, long packetsSent, long malformedPackets, long badChecksums,
        long badVerificationTags, long unknownChunks, long unexpectedChunks, long duplicateTsns,
        long outOfWindowTsns, long retransmissions, long fastRetransmits, long t3Expirations,
        long abandonedMessages, long messagesReceived, long cwnd, long ssthresh, long srttNanos,
        long rtoNanos, long flightBytes, long renegedChunks, long restarts, int pathMtu,
        long pmtuProbes, long pmtuBlackHoles) {

    static SctpStats of(SctpAssociation.Counters c, io.jrtc.sctp.internal.Sender s, io.jrtc.sctp.internal.Receiver r,
            io.jrtc.sctp.internal.RtoEstimator rto, PathMtuDiscovery pmtu) {
        return new SctpStats(c.packetsReceived, c.packetsSent, c.malformed, c.badChecksums, c.badTags,
                c.unknownChunks, c.unexpected, r == null ? 0 : r.duplicateTsns, r == null ? 0 : r.outOfWindow,
                s == null ? 0 : s.retransmissions, s == null ? 0 : s.fastRetransmits, s == null ? 0 : s.t3Expirations,
                s == null ? 0 : s.abandonedMessages, c.messages, s == null ? 0 : s.congestion().cwnd(),
                s == null ? 0 : s.congestion().ssthresh(), rto.srtt(), rto.rto(), s == null ? 0 : s.flightBytes(),
                s == null ? 0 : s.renegedChunks, c.restarts, pmtu.plpmtu(), pmtu.probesSent(), pmtu.blackHoles());
    }
}
