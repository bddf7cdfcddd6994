package io.jrtc.ice;

/**
 * A snapshot of one candidate pair's measurements, with the meanings of the W3C
 * {@code RTCIceCandidatePairStats} members of the same names (times in the agent's nanoseconds
 * rather than seconds or epoch milliseconds, so the caller converts with its own clock).
 * Made by {@link IceAgent#pairStats()}; the agent itself counts without allocating.
 *
 * <p>Round trips are timed from sending a Binding request (a connectivity check or an RFC 7675
 * consent check) to its authenticated success response, with the agent's time. A response to a
 * retransmitted request is counted in {@code responsesReceived} but gives no round-trip sample,
 * since it cannot be told which transmission it answers (Karn's algorithm, RFC 6298 §3); so the
 * exact average is {@code totalRoundTripTimeNanos / roundTripTimeMeasurements}.
 *
 * @param local our candidate
 * @param remote the peer's candidate
 * @param state the pair's check-list state (RFC 8445 §6.1.2.6)
 * @param nominated the pair was nominated (by us when controlling, by the peer when controlled)
 * @param selected the pair is the selected one
 * @param requestsSent Binding request transactions sent on the pair (checks and consent checks),
 *     retransmissions not included
 * @param requestsReceived authenticated Binding requests received on the pair, retransmissions included
 * @param responsesSent responses sent to them
 * @param responsesReceived authenticated responses to our requests on the pair (never more than
 *     {@code requestsSent})
 * @param consentRequestsSent the consent checks (RFC 7675) among {@code requestsSent}
 * @param packetsSent application datagrams sent on the pair (not STUN)
 * @param packetsReceived application datagrams received on the pair (not STUN)
 * @param bytesSent their payload bytes
 * @param bytesReceived their payload bytes
 * @param lastPacketSentNanos when the last application datagram was sent, or {@link #NEVER}
 * @param lastPacketReceivedNanos when the last application datagram was received, or {@link #NEVER}
 * @param totalRoundTripTimeNanos the sum of the round-trip samples
 * @param currentRoundTripTimeNanos the latest round-trip sample, or -1 before the first
 * @param roundTripTimeMeasurements the number of round-trip samples
 */
public record IcePairStats(IceCandidate local, IceCandidate remote, State state, boolean nominated,
        boolean selected, long requestsSent, long requestsReceived, long responsesSent, long responsesReceived,
        long consentRequestsSent, long packetsSent, long packetsReceived, long bytesSent, long bytesReceived,
        long lastPacketSentNanos, long lastPacketReceivedNanos, long totalRoundTripTimeNanos,
        long currentRoundTripTimeNanos, long roundTripTimeMeasurements) {

    /** The value of a timestamp for something that has not happened. */
    public static final long NEVER = Long.MIN_VALUE;

    /** The W3C {@code RTCStatsIceCandidatePairState} values, written as the W3C strings. */
    public enum State {
        /** Waiting for a check of the same foundation to succeed. */
        FROZEN("frozen"),
        /** Ready to be checked. */
        WAITING("waiting"),
        /** A check is outstanding. */
        IN_PROGRESS("in-progress"),
        /** A check failed or timed out. */
        FAILED("failed"),
        /** A check succeeded: the pair is valid. */
        SUCCEEDED("succeeded");

        private final String w3c;

        State(String w3c) {
            this.w3c = w3c;
        }

        /** The W3C string, e.g. {@code "in-progress"}. */
        @Override
        public String toString() {
            return w3c;
        }
    }

    /** {@code currentRoundTripTime} in seconds, or NaN before the first sample. */
    public double currentRoundTripTimeSeconds() {
        return currentRoundTripTimeNanos < 0 ? Double.NaN : currentRoundTripTimeNanos / 1e9;
    }

    /** {@code totalRoundTripTime} in seconds. */
    public double totalRoundTripTimeSeconds() {
        return totalRoundTripTimeNanos / 1e9;
    }

    static IcePairStats of(CandidatePair p, boolean selected) {
        PairCounters c = p.counters;
        return new IcePairStats(p.local.candidate(), p.remote.candidate(), state(p.state), p.nominated, selected,
                c.requestsSent, c.requestsReceived, c.responsesSent, c.responsesReceived, c.consentRequestsSent,
                c.packetsSent, c.packetsReceived, c.bytesSent, c.bytesReceived,
                c.packetsSent > 0 ? c.lastPacketSentAt : NEVER, c.packetsReceived > 0 ? c.lastPacketReceivedAt : NEVER,
                c.rttTotalNanos, c.rttLatestNanos, c.rttMeasurements);
    }

    private static State state(CandidatePair.State s) {
        return switch (s) {
            case FROZEN -> State.FROZEN;
            case WAITING -> State.WAITING;
            case IN_PROGRESS -> State.IN_PROGRESS;
            case SUCCEEDED -> State.SUCCEEDED;
            case FAILED -> State.FAILED;
        };
    }
}
