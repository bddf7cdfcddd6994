package io.jrtc.sctp.internal;

/**
 * Retransmission timeout per RFC 9260 §6.3.1 (RTO.Alpha 1/8, RTO.Beta 1/4), with WebRTC-tuned
 * bounds from the configuration instead of RFC 9260's 1 s minimum: data channels run over paths
 * whose RTT is often a few milliseconds, and a 1 s floor makes every tail loss a 1 s stall.
 */
public final class RtoEstimator {
    private final long minRto;
    private final long maxRto;
    private long srtt = -1;
    private long rttvar;
    private long rto;

    public RtoEstimator(long initialRto, long minRto, long maxRto) {
        this.minRto = minRto;
        this.maxRto = maxRto;
        this.rto = initialRto;
    }

    /** RFC 9260 §6.3.1 C2/C3: a new RTT measurement. */
    public void sample(long rtt) {
        if (rtt < 0) {
            return;
        }
        if (srtt < 0) {
            srtt = rtt;
            rttvar = rtt / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - rtt)) / 4;
            srtt = (7 * srtt + rtt) / 8;
        }
        rto = clamp(srtt + Math.max(4 * rttvar, 1_000_000L));
    }

    /** RFC 9260 §6.3.3 E2: double the RTO after a T3-rtx expiration. */
    public void backOff() {
        rto = clamp(rto * 2);
    }

    private long clamp(long v) {
        return Math.max(minRto, Math.min(maxRto, v));
    }

    public long rto() {
        return rto;
    }

    /** Smoothed RTT, or -1 before the first sample. */
    public long srtt() {
        return srtt;
    }
}
