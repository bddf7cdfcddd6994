package io.jrtc.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one direction of a link treats datagrams, in the spirit of Linux netem. Immutable; build
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>A datagram offered to a link goes through these stages, in this order, each drawing from the
 * simulation's one seeded random source only when the feature is on:
 * <ol>
 *   <li>MTU: an IP packet (payload + 8 UDP + 20 IPv4 or 40 IPv6 header bytes) larger than
 *       {@link #mtu()} is dropped.
 *   <li>Loss: burst loss ({@link #burstLoss()}) then independent loss ({@link #loss()}); either
 *       drops it. Lost datagrams use no bandwidth.
 *   <li>Rate: with a rate limit, it waits in a drop-tail queue (bounded by
 *       {@link #queueLimitPackets()} and {@link #queueLimitBytes()}, counting the packet being
 *       sent) and takes wire-size · 8 / rate seconds to serialize.
 *   <li>Propagation: {@link #delay()} plus a uniform jitter in [−jitter, +jitter] (never before it
 *       left). Unless {@link #jitterMayReorder()}, a datagram never arrives before one sent ahead
 *       of it on the same link (FIFO), as on most real paths.
 *   <li>Reordering: with {@link #reorderProbability()} it is held back {@link #reorderDelay()}
 *       longer, letting later datagrams overtake it.
 *   <li>Duplication: with {@link #duplication()} a second copy arrives too, with its own jitter.
 * </ol>
 */
public final class LinkConditions {
    /** No limit for {@link #mtu()}, {@link #queueLimitPackets()} and {@link #queueLimitBytes()}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** No delay, no loss, no limits. */
    public static final LinkConditions PERFECT = builder().build();

    private final Duration delay;
    private final Duration jitter;
    private final boolean jitterMayReorder;
    private final double loss;
    private final GilbertElliott burstLoss;
    private final double reorderProbability;
    private final Duration reorderDelay;
    private final double duplication;
    private final long rateBitsPerSecond;
    private final int queueLimitPackets;
    private final int queueLimitBytes;
    private final int mtu;

    private LinkConditions(Builder b) {
        delay = b.delay;
        jitter = b.jitter;
        jitterMayReorder = b.jitterMayReorder;
        loss = b.loss;
        burstLoss = b.burstLoss;
        reorderProbability = b.reorderProbability;
        reorderDelay = b.reorderDelay;
        duplication = b.duplication;
        rateBitsPerSecond = b.rateBitsPerSecond;
        queueLimitPackets = b.queueLimitPackets;
        queueLimitBytes = b.queueLimitBytes;
        mtu = b.mtu;
    }

    /** A builder starting from {@link #PERFECT}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these conditions. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Fixed one-way propagation delay. */
    public Duration delay() {
        return delay;
    }

    /** Maximum deviation from {@link #delay()}, either way. */
    public Duration jitter() {
        return jitter;
    }

    /** Whether jitter may let a later datagram overtake an earlier one (false keeps FIFO order). */
    public boolean jitterMayReorder() {
        return jitterMayReorder;
    }

    /** Probability that a datagram is lost, independently of the others. */
    public double loss() {
        return loss;
    }

    /** Bursty loss on top of {@link #loss()}, or null. */
    public GilbertElliott burstLoss() {
        return burstLoss;
    }

    /** Probability that a datagram is held back by {@link #reorderDelay()}. */
    public double reorderProbability() {
        return reorderProbability;
    }

    /** Extra delay of a reordered datagram. */
    public Duration reorderDelay() {
        return reorderDelay;
    }

    /** Probability that a datagram is delivered twice. */
    public double duplication() {
        return duplication;
    }

    /** Bottleneck rate in bit/s counting IP and UDP headers, or 0 for unlimited. */
    public long rateBitsPerSecond() {
        return rateBitsPerSecond;
    }

    /** Drop-tail queue limit in packets when rate-limited (1000 by default, as netem). */
    public int queueLimitPackets() {
        return queueLimitPackets;
    }

    /** Drop-tail queue limit in wire bytes when rate-limited ({@link #UNLIMITED} by default). */
    public int queueLimitBytes() {
        return queueLimitBytes;
    }

    /** Largest IP packet in bytes, headers included ({@link #UNLIMITED} by default). */
    public int mtu() {
        return mtu;
    }

    /**
     * True if the link does nothing to datagrams: no delay, loss, limits or other impairment
     * (queue limits do not matter without a rate).
     */
    public boolean isPerfect() {
        return delay.isZero() && jitter.isZero() && loss == 0 && burstLoss == null && reorderProbability == 0
                && duplication == 0 && rateBitsPerSecond == 0 && mtu == UNLIMITED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkConditions c
                && delay.equals(c.delay) && jitter.equals(c.jitter) && jitterMayReorder == c.jitterMayReorder
                && Double.compare(loss, c.loss) == 0 && Objects.equals(burstLoss, c.burstLoss)
                && Double.compare(reorderProbability, c.reorderProbability) == 0
                && reorderDelay.equals(c.reorderDelay) && Double.compare(duplication, c.duplication) == 0
                && rateBitsPerSecond == c.rateBitsPerSecond && queueLimitPackets == c.queueLimitPackets
                && queueLimitBytes == c.queueLimitBytes && mtu == c.mtu;
    }

    @Override
    public int hashCode() {
        return Objects.hash(delay, jitter, jitterMayReorder, loss, burstLoss, reorderProbability,
                reorderDelay, duplication, rateBitsPerSecond, queueLimitPackets, queueLimitBytes, mtu);
    }

    /** Only what differs from {@link #PERFECT}, e.g. {@code LinkConditions[delay=PT0.025S, loss=0.02]}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, !delay.isZero(), "delay=" + delay);
        add(parts, !jitter.isZero(), "jitter=" + jitter + (jitterMayReorder ? " (reorders)" : ""));
        add(parts, loss > 0, "loss=" + loss);
        add(parts, burstLoss != null, "burstLoss=" + burstLoss);
        add(parts, reorderProbability > 0, "reorder=" + reorderProbability + " by " + reorderDelay);
        add(parts, duplication > 0, "duplication=" + duplication);
        add(parts, rateBitsPerSecond > 0, "rate=" + rateBitsPerSecond + "bit/s");
        add(parts, rateBitsPerSecond > 0 && queueLimitPackets != UNLIMITED, "queue=" + queueLimitPackets + "pkt");
        add(parts, rateBitsPerSecond > 0 && queueLimitBytes != UNLIMITED, "queue=" + queueLimitBytes + "B");
        add(parts, mtu != UNLIMITED, "mtu=" + mtu);
        return "LinkConditions" + (parts.isEmpty() ? "[perfect]" : parts.toString());
    }

    private static void add(List<String> parts, boolean present, String text) {
        if (present) {
            parts.add(text);
        }
    }

    static double checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1]: " + p);
        }
        return p;
    }

    private static Duration checkDuration(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
        return d;
    }

    private static int checkPositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
        return value;
    }

    /** Builds {@link LinkConditions}; every setter checks its argument at once. */
    public static final class Builder {
        private Duration delay = Duration.ZERO;
        private Duration jitter = Duration.ZERO;
        private boolean jitterMayReorder;
        private double loss;
        private GilbertElliott burstLoss;
        private double reorderProbability;
        private Duration reorderDelay = Duration.ZERO;
        private double duplication;
        private long rateBitsPerSecond;
        private int queueLimitPackets = 1000;
        private int queueLimitBytes = UNLIMITED;
        private int mtu = UNLIMITED;

        private Builder() {}

        private Builder(LinkConditions c) {
            delay = c.delay;
            jitter = c.jitter;
            jitterMayReorder = c.jitterMayReorder;
            loss = c.loss;
            burstLoss = c.burstLoss;
            reorderProbability = c.reorderProbability;
            reorderDelay = c.reorderDelay;
            duplication = c.duplication;
            rateBitsPerSecond = c.rateBitsPerSecond;
            queueLimitPackets = c.queueLimitPackets;
            queueLimitBytes = c.queueLimitBytes;
            mtu = c.mtu;
        }

        /** Fixed one-way delay. */
        public Builder delay(Duration delay) {
            this.delay = checkDuration("delay", delay);
            return this;
        }

        /** Uniform jitter in [−jitter, +jitter] around the delay, keeping FIFO order. */
        public Builder jitter(Duration jitter) {
            this.jitter = checkDuration("jitter", jitter);
            return this;
        }

        /** Whether jitter may reorder datagrams (default false: FIFO). */
        public Builder jitterMayReorder(boolean mayReorder) {
            this.jitterMayReorder = mayReorder;
            return this;
        }

        /** Independent loss probability. */
        public Builder loss(double probability) {
            this.loss = checkProbability("loss", probability);
            return this;
        }

        /** Gilbert-Elliott burst loss, or null for none. */
        public Builder burstLoss(GilbertElliott model) {
            this.burstLoss = model;
            return this;
        }

        /** Holds a datagram back by {@code extraDelay} with the given probability. */
        public Builder reorder(double probability, Duration extraDelay) {
            this.reorderProbability = checkProbability("reorder probability", probability);
            this.reorderDelay = checkDuration("reorder delay", extraDelay);
            return this;
        }

        /** Delivers a second copy with the given probability. */
        public Builder duplication(double probability) {
            this.duplication = checkProbability("duplication", probability);
            return this;
        }

        /** Bottleneck rate in bit/s, headers included; 0 removes the limit. */
        public Builder rate(long bitsPerSecond) {
            if (bitsPerSecond < 0) {
                throw new IllegalArgumentException("rate must not be negative: " + bitsPerSecond);
            }
            this.rateBitsPerSecond = bitsPerSecond;
            return this;
        }

        /** Drop-tail queue limit in packets (used with a rate). */
        public Builder queueLimitPackets(int packets) {
            this.queueLimitPackets = checkPositive("queue limit in packets", packets);
            return this;
        }

        /** Drop-tail queue limit in wire bytes (used with a rate). */
        public Builder queueLimitBytes(int bytes) {
            this.queueLimitBytes = checkPositive("queue limit in bytes", bytes);
            return this;
        }

        /** Largest IP packet in bytes, IP and UDP headers included (1500 on Ethernet). */
        public Builder mtu(int bytes) {
            this.mtu = checkPositive("mtu", bytes);
            return this;
        }

        /** The conditions. */
        public LinkConditions build() {
            return new LinkConditions(this);
        }
    }
}
