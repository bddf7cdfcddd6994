package io.jrtc.sctp;

/**
 * Counters and congestion state of an association, a snapshot. Every dropped input is counted
 * here (DESIGN.md: dropped, counted, logged at debug).
 */
public record SctpStats(long packetsReceived, long packetsSent, long malformedPackets, long badChecksums,
        long badVerificationTags, long unknownChunks, long unexpectedChunks, long duplicateTsns,
        long outOfWindowTsns, long retransmissions, long fastRetransmits, long t3Expirations,
        long abandonedMessages, long messagesReceived, long cwnd, long ssthresh, long srttNanos,
        long rtoNanos, long flightBytes) {}
