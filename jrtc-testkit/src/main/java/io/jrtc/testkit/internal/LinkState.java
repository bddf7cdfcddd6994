package io.jrtc.testkit.internal;

import io.jrtc.testkit.DropReason;
import io.jrtc.testkit.GilbertElliott;
import io.jrtc.testkit.LinkConditions;
import io.jrtc.testkit.LinkStats;
import java.util.Objects;

/**
 * The moving parts of one direction of a link: its current conditions, queue, burst-loss state,
 * FIFO horizon and counters. It decides each datagram's fate; the network does the scheduling.
 */
public final class LinkState {
    private LinkConditions conditions;
    private final DropTailQueue queue = new DropTailQueue();
    private boolean burstBad;
    private long fifoHorizon = Long.MIN_VALUE;

    private long sent;
    private long delivered;
    private long deliveredBytes;
    private long lost;
    private long droppedByQueue;
    private long droppedByMtu;
    private long duplicated;
    private long reordered;

    /** A link with the given initial conditions. */
    public LinkState(LinkConditions conditions) {
        this.conditions = Objects.requireNonNull(conditions, "conditions");
    }

    /** The current conditions. */
    public LinkConditions conditions() {
        return conditions;
    }

    /** Replaces the conditions; datagrams already in flight keep their arrival times. */
    public void conditions(LinkConditions newConditions) {
        this.conditions = Objects.requireNonNull(newConditions, "conditions");
    }

    /**
     * Decides the fate of a datagram entering the link at {@code now}.
     *
     * @param wireBytes IP packet size, for the MTU and the rate
     */
    public Admission offer(long now, int wireBytes, Dice dice) {
        LinkConditions c = conditions;
        sent++;
        if (wireBytes > c.mtu()) {
            droppedByMtu++;
            return Admission.drop(DropReason.MTU_EXCEEDED);
        }
        if (lose(c, dice)) {
            lost++;
            return Admission.drop(DropReason.LOSS);
        }
        long departure = now;
        if (c.rateBitsPerSecond() > 0) {
            departure = queue.admit(now, wireBytes, c.rateBitsPerSecond(), c.queueLimitPackets(), c.queueLimitBytes());
            if (departure < 0) {
                droppedByQueue++;
                return Admission.drop(DropReason.QUEUE_FULL);
            }
        }
        long arrival = propagate(c, departure, dice);
        long duplicateArrival = -1;
        if (dice.chance(c.duplication())) {
            duplicated++;
            duplicateArrival = propagate(c, departure, dice);
        }
        return new Admission(null, arrival, duplicateArrival);
    }

    /** Counts a datagram (or copy) coming out of the far end. */
    public void delivered(int payloadBytes) {
        delivered++;
        deliveredBytes += payloadBytes;
    }

    /** A snapshot of the counters. */
    public LinkStats stats() {
        return new LinkStats(sent, delivered, deliveredBytes, lost, droppedByQueue, droppedByMtu, duplicated, reordered);
    }

    // The burst chain steps for every packet so that its state sequence does not depend on
    // independent loss; then independent loss is drawn.
    private boolean lose(LinkConditions c, Dice dice) {
        boolean lostInBurst = false;
        GilbertElliott ge = c.burstLoss();
        if (ge != null) {
            lostInBurst = dice.chance(burstBad ? ge.lossInBad() : ge.lossInGood());
            burstBad = burstBad ? !dice.chance(ge.badToGood()) : dice.chance(ge.goodToBad());
        }
        boolean lostAlone = dice.chance(c.loss());
        return lostInBurst || lostAlone;
    }

    private long propagate(LinkConditions c, long departure, Dice dice) {
        long arrival = TimeFormat.saturatedAdd(departure, c.delay().toNanos());
        long jitter = c.jitter().toNanos();
        if (jitter > 0) {
            arrival = Math.max(departure, arrival + dice.uniform(-jitter, jitter));
        }
        if (!c.jitterMayReorder()) {
            arrival = Math.max(arrival, fifoHorizon);
        }
        fifoHorizon = Math.max(fifoHorizon, arrival);
        // A reordered datagram leaves the FIFO horizon alone, so later ones may overtake it.
        if (dice.chance(c.reorderProbability())) {
            reordered++;
            arrival = TimeFormat.saturatedAdd(arrival, c.reorderDelay().toNanos());
        }
        return arrival;
    }
}
