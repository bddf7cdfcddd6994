package io.jrtc.sctp.internal;

/**
 * Congestion control after RFC 9260 §7.2, with three documented departures so that one data
 * channel keeps a long fat pipe full:
 *
 * <ul>
 *   <li>a larger initial window (10 packets, as RFC 6928 does for TCP) instead of 4 MTUs;
 *   <li>slow start grows by all bytes acked (RFC 3465 appropriate byte counting) rather than at
 *       most one MTU per SACK, so delayed SACKs do not halve the growth rate;
 *   <li>loss-tolerant reduction: within one loss-recovery epoch (one round trip, ended when the
 *       cumulative ack passes the highest TSN sent when the epoch began) the window is cut only
 *       once the epoch has lost more than 2% of the window's packets (the threshold BBRv2 uses).
 *       Random, non-congestive loss at 0.1% would otherwise cap a 50 ms path near 7 Mbit/s
 *       (the Reno/Mathis bound); drop-tail congestion shows as bursts of loss above the threshold,
 *       and small windows (below 50 packets) still react to every loss like RFC 9260.
 * </ul>
 */
public final class CongestionControl {
    private static final double LOSS_THRESHOLD = 0.02;

    private int mtu;
    private long cwnd;
    private long ssthresh = Long.MAX_VALUE;
    private long partialBytesAcked;
    private boolean inEpoch;
    private boolean reducedInEpoch;
    private long epochEndTsn;
    private int epochLost;

    public CongestionControl(int mtu, int initialPackets) {
        this.mtu = mtu;
        this.cwnd = (long) mtu * initialPackets;
    }

    /**
     * The packet size changed (RFC 8899): the window keeps its bytes and grows, and shrinks after
     * a timeout, in packets of the new size (RFC 9260 §7.2 counts in MTUs).
     */
    public void mtu(int m) {
        mtu = m;
    }

    public long cwnd() {
        return cwnd;
    }

    public long ssthresh() {
        return ssthresh;
    }

    /** Bytes newly acknowledged by a SACK; {@code fullyUsed} when the flight filled the window. */
    public void onAck(long ackedBytes, boolean fullyUsed, long cumTsn) {
        if (inEpoch && cumTsn >= epochEndTsn) {
            inEpoch = false;
            reducedInEpoch = false;
        }
        if (ackedBytes <= 0 || !fullyUsed || reducedInEpoch) {
            return;
        }
        if (cwnd <= ssthresh) {
            cwnd += ackedBytes; // RFC 3465-style byte counting, see the class comment
        } else {
            // RFC 9260 §7.2.2: one MTU per window of acknowledged bytes.
            partialBytesAcked += ackedBytes;
            if (partialBytesAcked >= cwnd) {
                partialBytesAcked -= cwnd;
                cwnd += mtu;
            }
        }
    }

    /** Chunks newly deemed lost by fast retransmit / time-based detection. */
    public void onLoss(int lostPackets, long highestSentTsn) {
        if (!inEpoch) {
            inEpoch = true;
            reducedInEpoch = false;
            epochEndTsn = highestSentTsn;
            epochLost = 0;
        }
        epochLost += lostPackets;
        if (!reducedInEpoch && epochLost > LOSS_THRESHOLD * (cwnd / mtu)) {
            // RFC 9260 §7.2.4: ssthresh = max(cwnd/2, 4*MTU), cwnd = ssthresh.
            ssthresh = Math.max(cwnd / 2, 4L * mtu);
            cwnd = ssthresh;
            partialBytesAcked = 0;
            reducedInEpoch = true;
        }
    }

    /** RFC 9260 §7.2.3: T3-rtx expired. */
    public void onTimeout() {
        ssthresh = Math.max(cwnd / 2, 4L * mtu);
        cwnd = mtu;
        partialBytesAcked = 0;
        inEpoch = false;
        reducedInEpoch = false;
    }

    /** Whether a loss-recovery epoch that reduced the window is under way. */
    public boolean inRecovery() {
        return inEpoch && reducedInEpoch;
    }
}
