package io.jrtc.webrtc;

/**
 * What one remote SSRC sent us, as an RTCP report block needs it (RFC 3550 §6.4.1): extended
 * highest sequence number with wrap counting (§A.1), cumulative and interval loss (§A.3),
 * interarrival jitter (§A.8), and the last SR's NTP middle bits with its arrival time for
 * LSR/DLSR. Serial context only.
 */
final class ReceptionStats {
    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;

    final long ssrc;
    private boolean started;
    private int baseSeq;
    private int maxSeq;
    private long cycles;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private boolean haveTransit;
    private long transit;
    private double jitter;
    private long lsr;
    private long lsrArrivalNanos;

    ReceptionStats(long ssrc) {
        this.ssrc = ssrc;
    }

    /** One RTP packet: its sequence number, RTP timestamp, clock rate (0 if unknown) and arrival. */
    void packet(int seq, long rtpTimestamp, int clockRate, long arrivalNanos) {
        if (!started) {
            started = true;
            baseSeq = seq;
            maxSeq = seq;
        } else {
            int delta = (seq - maxSeq) & 0xFFFF;
            if (delta < MAX_DROPOUT) {
                if (seq < maxSeq) {
                    cycles += 1 << 16;
                }
                maxSeq = seq;
            } else if (delta <= 0xFFFF - MAX_MISORDER) {
                // §A.1: a large jump; restart the sequence rather than count thousands as lost.
                baseSeq = seq;
                maxSeq = seq;
                cycles = 0;
                received = 0;
                expectedPrior = 0;
                receivedPrior = 0;
            }
        }
        received++;
        if (clockRate > 0) {
            long arrival = (long) (arrivalNanos / 1e9 * clockRate);
            long t = arrival - rtpTimestamp;
            if (haveTransit) {
                long d = Math.abs(t - transit) & 0xFFFF_FFFFL;
                if (d > 0x7FFF_FFFFL) {
                    d = 0x1_0000_0000L - d;
                }
                jitter += (d - jitter) / 16.0; // §A.8
            }
            transit = t;
            haveTransit = true;
        }
    }

    /** A sender report from this SSRC: remember its NTP middle 32 bits and when it came (§6.4.1 LSR). */
    void senderReport(long ntpMiddle32, long arrivalNanos) {
        lsr = ntpMiddle32;
        lsrArrivalNanos = arrivalNanos;
    }

    boolean started() {
        return started;
    }

    long extendedHighest() {
        return cycles + maxSeq;
    }

    long cumulativeLost() {
        long expected = extendedHighest() - baseSeq + 1;
        return expected - received;
    }

    /** Writes the 24-byte report block (RFC 3550 §6.4.1) and starts a new loss interval. */
    void writeBlock(byte[] b, int at, long nowNanos) {
        long expected = extendedHighest() - baseSeq + 1;
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        int fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
        long lost = Math.max(-0x800000L, Math.min(0x7FFFFFL, cumulativeLost()));
        RtcpReports.put32(b, at, ssrc);
        RtcpReports.put32(b, at + 4, (long) Math.min(fraction, 255) << 24 | (lost & 0xFFFFFF));
        RtcpReports.put32(b, at + 8, extendedHighest());
        RtcpReports.put32(b, at + 12, (long) jitter);
        RtcpReports.put32(b, at + 16, lsr);
        long dlsr = lsr == 0 ? 0 : (nowNanos - lsrArrivalNanos) * 65536 / 1_000_000_000L;
        RtcpReports.put32(b, at + 20, dlsr);
    }
}
