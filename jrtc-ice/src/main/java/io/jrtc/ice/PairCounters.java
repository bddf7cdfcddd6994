package io.jrtc.ice;

/**
 * The measurements of one candidate pair behind {@link IcePairStats}: plain fields updated in
 * place, so that counting allocates nothing on the packet path; a snapshot is made only when
 * {@link IceAgent#pairStats()} is asked.
 *
 * <p><b>Round-trip time and retransmissions.</b> A STUN retransmission repeats the transaction
 * ID (RFC 8489 §6.2.1), so a response to a request sent more than once cannot be attributed to
 * one transmission. Timing it from the first transmission adds the lost attempts' timeouts;
 * timing it from the last one can read near zero when the response answers an earlier copy
 * (any path whose RTT exceeds the RTO). Either corrupts {@code currentRoundTripTime}, so such
 * samples are ignored, as Karn's algorithm does for TCP (RFC 6298 §3, which RFC 8489 §6.2.1
 * points to for the RTO): the response still counts in {@code responsesReceived}, and
 * {@link #rttMeasurements} gives the divisor of an exact average.
 */
final class PairCounters {
    /** Binding request transactions we started (checks and consent checks), not retransmissions. */
    long requestsSent;
    /** The consent checks among them (RFC 7675 §5.1). */
    long consentRequestsSent;
    /** Authenticated Binding requests from the peer on this pair, retransmissions included. */
    long requestsReceived;
    /** Responses we sent to them (success or error). */
    long responsesSent;
    /** Authenticated responses matched to our requests on this pair. */
    long responsesReceived;
    long packetsSent;
    long packetsReceived;
    long bytesSent;
    long bytesReceived;
    /** When application data was last sent or received, in the agent's nanoseconds (valid if counted). */
    long lastPacketSentAt;
    long lastPacketReceivedAt;
    long rttTotalNanos;
    long rttLatestNanos = -1;
    long rttMeasurements;

    void dataSent(long now, int bytes) {
        packetsSent++;
        bytesSent += bytes;
        lastPacketSentAt = now;
    }

    void dataReceived(long now, int bytes) {
        packetsReceived++;
        bytesReceived += bytes;
        lastPacketReceivedAt = now;
    }

    /** A success response to a transaction sent once, {@code rtt} after it was sent. */
    void roundTrip(long rtt) {
        rttTotalNanos += rtt;
        rttLatestNanos = rtt;
        rttMeasurements++;
    }
}
