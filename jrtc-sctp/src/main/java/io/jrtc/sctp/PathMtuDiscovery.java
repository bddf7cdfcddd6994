package io.jrtc.sctp;

import java.nio.ByteBuffer;
import java.util.random.RandomGenerator;

/**
 * Packetization Layer Path MTU Discovery (RFC 8899) for SCTP over DTLS (§6.2): finds how large an
 * SCTP packet the path carries, starting from the base PLPMTU WebRTC assumes (the configured
 * {@code mtu}, 1200 by default) and probing upward to {@code maxMtu}.
 *
 * <p>A probe is a packet of exactly the size under test holding one HEARTBEAT whose Heartbeat
 * Info names the probe (magic, size, nonce, send time) and is padded with zeros to fill the
 * packet. RFC 8899 §6.2.1.1 describes a HEARTBEAT plus a PAD chunk (RFC 4820) instead; jrtc
 * deviates because PAD is not understood everywhere (werift 0.24 tears the association down on
 * it, although RFC 9260 §3.2 says to skip such a chunk type), whereas every SCTP stack must echo
 * Heartbeat Info unchanged in its HEARTBEAT ACK (RFC 9260 §8.3). The price is that the ACK is as
 * large as the probe, so a probe passes only if the path carries that size in both directions:
 * the PLPMTU found can be lower than the forward path allows (when only the return path is
 * narrow), never higher. The echoed size and nonce are checked, so neither a stale nor a forged
 * ACK confirms a size. Peers that keep their own packets within a smaller size of their own
 * (usrsctp in node-datachannel, dcsctp in Chromium, both at about 1,200 bytes) were seen to send no
 * echo for a larger probe: against them the search ends at the base, which is safe and gains
 * nothing. A probe carries no DATA, so losing one never touches congestion control or
 * retransmission (§3 and §4.1). One probe is outstanding at a time; one unanswered for {@code probeTimeout} is
 * sent again, and {@link #MAX_PROBES} unanswered ones mean the size does not pass.
 *
 * <p>The search (§5.3) climbs a ladder of common sizes (IPv4 and IPv6 Ethernet paths, jumbo
 * frames, then the cap); after the first size that fails it halves the gap between the largest
 * confirmed and the smallest failed size until the gap is below {@link #GRANULARITY}.
 *
 * <p>Black holes (§4.3): once the search is complete, the PLPMTU is confirmed again every
 * {@code confirmInterval}, and at once when a retransmission timeout suggests that packets of
 * the current size no longer pass; if that confirmation fails, the PLPMTU falls back to the base
 * (§5.2, BASE) and the search starts again below the size that failed. DATA chunks already sent
 * at the larger size keep their size (a TSN cannot be cut again), so only data sent after the
 * fallback is protected.
 *
 * <p>Not done: the base PLPMTU is not probed itself (the handshake and data run at it already),
 * ICMP Packet Too Big messages are not used (DTLS over UDP in Java does not see them), and there
 * is no PMTU_RAISE_TIMER: a size that failed once is tried again only after a black hole.
 */
final class PathMtuDiscovery {
    /** RFC 8899 §5.1.2 MAX_PROBES. */
    static final int MAX_PROBES = 3;
    /** The search ends when the largest confirmed and smallest failed sizes are this close. */
    static final int GRANULARITY = 32;
    /** Sizes worth trying first: 1500-byte Ethernet under IPv6 and IPv4 with DTLS, 9000-byte jumbo frames. */
    private static final int[] LADDER = {1400, 1432, 8952};
    /** Marks a probe's Heartbeat Info, so its ACK is not taken for an ordinary heartbeat's. */
    private static final int MAGIC = 0x504d5455; // "PMTU"
    /** The named part of a probe's Heartbeat Info: magic, size, nonce, send time; zeros follow. */
    static final int INFO_LENGTH = 24;
    /** Bytes of a probe packet that are not Heartbeat Info: common header, chunk header, parameter header. */
    static final int PROBE_OVERHEAD = 12 + 4 + 4;

    enum Phase { DISABLED, SEARCHING, SEARCH_COMPLETE, CONFIRMING }

    private final int base;
    private final int max;
    private final long probeTimeout;
    private final long confirmInterval;
    private final RandomGenerator random;
    private Phase phase = Phase.DISABLED;
    private int plpmtu;
    /** The smallest size known not to pass, or above {@link #max} when none has failed. */
    private int failedAt;
    /** Size of the probe in progress, or 0. */
    private int probeSize;
    private int probeCount;
    private boolean probeDue;
    private long nonce;
    private long deadline = Long.MAX_VALUE;
    private long probesSent;
    private long blackHoles;

    PathMtuDiscovery(int base, int max, long probeTimeoutNanos, long confirmIntervalNanos, RandomGenerator random) {
        this.base = base;
        this.max = Math.max(base, max) & ~3;
        this.probeTimeout = probeTimeoutNanos;
        this.confirmInterval = confirmIntervalNanos;
        this.random = random;
        this.plpmtu = base;
        this.failedAt = this.max + 1;
    }

    /** The association is established: start searching (no-op when there is nothing above the base). */
    void start(long now) {
        plpmtu = base;
        failedAt = max + 1;
        probeSize = 0;
        deadline = Long.MAX_VALUE;
        phase = Phase.SEARCHING;
        searchNext(now);
    }

    /** Stops probing (the association is closing) and keeps the current PLPMTU. */
    void stop() {
        phase = Phase.DISABLED;
        probeDue = false;
        probeSize = 0;
        deadline = Long.MAX_VALUE;
    }

    /** The largest SCTP packet to send now. */
    int plpmtu() {
        return plpmtu;
    }

    Phase phase() {
        return phase;
    }

    long probesSent() {
        return probesSent;
    }

    long blackHoles() {
        return blackHoles;
    }

    long deadline() {
        return deadline;
    }

    /** Size of the probe packet to send now, or 0; the caller builds it with {@link #probeInfo}. */
    int takeProbe(long now) {
        if (!probeDue) {
            return 0;
        }
        probeDue = false;
        probesSent++;
        deadline = now + probeTimeout;
        return probeSize;
    }

    /**
     * The Heartbeat Info of the probe in progress: it names the probe and is padded with zeros so
     * that a packet holding only its HEARTBEAT is exactly the probe's size.
     */
    byte[] probeInfo(long now) {
        int length = Math.max(INFO_LENGTH, probeSize - PROBE_OVERHEAD);
        return ByteBuffer.allocate(length).putInt(MAGIC).putInt(probeSize).putLong(nonce).putLong(now).array();
    }

    /** Whether a HEARTBEAT ACK's info is a probe's (ours or stale): not an ordinary heartbeat's. */
    static boolean isProbeInfo(byte[] info) {
        return info.length >= INFO_LENGTH && ByteBuffer.wrap(info).getInt() == MAGIC;
    }

    /** A HEARTBEAT ACK echoing a probe's info: the probe's size passes (§4.1). Stale or forged ones are ignored. */
    void onProbeAck(long now, byte[] info) {
        if (probeSize == 0 || !isProbeInfo(info)) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(info, 4, INFO_LENGTH - 4);
        if (b.getInt() != probeSize || b.getLong() != nonce || info.length != probeSize - PROBE_OVERHEAD) {
            return; // a truncated echo did not carry the size back
        }
        int confirmed = probeSize;
        probeSize = 0;
        probeDue = false;
        plpmtu = Math.max(plpmtu, confirmed);
        if (phase == Phase.CONFIRMING) {
            complete(now);
        } else {
            searchNext(now);
        }
    }

    /**
     * A retransmission timeout with the PLPMTU above the base: packets of this size may have
     * started to vanish (§4.3), so confirm it now rather than at the next interval.
     */
    void suspectBlackHole(long now) {
        if (plpmtu > base && (phase == Phase.SEARCH_COMPLETE || phase == Phase.SEARCHING)) {
            confirm(now);
        }
    }

    /** The deadline came: resend or give up on the probe in progress, or confirm the PLPMTU again. */
    void onTimeout(long now) {
        if (now < deadline) {
            return;
        }
        deadline = Long.MAX_VALUE;
        if (phase == Phase.SEARCH_COMPLETE) {
            confirm(now);
            return;
        }
        if (probeSize == 0) {
            return;
        }
        if (++probeCount < MAX_PROBES) {
            probeDue = true; // the same size again: one loss is not proof (§5.1.2 MAX_PROBES)
            nonce = random.nextLong();
            return;
        }
        int failed = probeSize;
        probeSize = 0;
        failedAt = Math.min(failedAt, failed);
        if (phase == Phase.CONFIRMING) {
            blackHoles++; // §5.2: black hole detected, back to BASE and search again below the failed size
            plpmtu = base;
            phase = Phase.SEARCHING;
        }
        searchNext(now);
    }

    private void confirm(long now) {
        if (plpmtu <= base) {
            complete(now);
            return;
        }
        phase = Phase.CONFIRMING;
        probe(plpmtu);
    }

    private void searchNext(long now) {
        int next = nextCandidate();
        if (next == 0) {
            complete(now);
        } else {
            phase = Phase.SEARCHING;
            probe(next);
        }
    }

    private void complete(long now) {
        phase = Phase.SEARCH_COMPLETE;
        probeSize = 0;
        probeDue = false;
        deadline = plpmtu > base ? now + confirmInterval : Long.MAX_VALUE;
    }

    private void probe(int size) {
        probeSize = size;
        probeCount = 0;
        probeDue = true;
        nonce = random.nextLong();
        deadline = Long.MAX_VALUE; // armed when the probe is actually sent
    }

    /** The next size to try, or 0 when the search is over. */
    int nextCandidate() {
        for (int step : LADDER) {
            if (step > plpmtu && step < failedAt && step <= max) {
                return step;
            }
        }
        if (failedAt > max) {
            return max > plpmtu ? max : 0;
        }
        if (failedAt - plpmtu <= GRANULARITY) {
            return 0;
        }
        int mid = ((plpmtu + failedAt) / 2) & ~3;
        return mid > plpmtu && mid < failedAt ? mid : 0;
    }
}
