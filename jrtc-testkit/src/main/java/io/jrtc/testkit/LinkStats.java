package io.jrtc.testkit;

/**
 * Counters of one {@link Link} at one moment. Every packet offered to the link is counted once in
 * {@code sent}, then either dropped (lost, queue, MTU) or delivered, plus once more in
 * {@code delivered} per duplicate; {@link #inFlight()} is what is still on its way.
 *
 * @param sent datagrams offered to the link
 * @param delivered datagrams that came out of the far end, duplicates included
 * @param deliveredBytes payload bytes of the delivered datagrams
 * @param lost datagrams lost at random (independent or burst loss)
 * @param droppedByQueue datagrams refused by the full drop-tail queue
 * @param droppedByMtu datagrams larger than the MTU
 * @param duplicated extra copies made
 * @param reordered datagrams (copies included) held back by the reordering impairment
 */
public record LinkStats(long sent, long delivered, long deliveredBytes, long lost, long droppedByQueue,
        long droppedByMtu, long duplicated, long reordered) {
    /** Datagrams (and copies) accepted by the link that have not come out yet. */
    public long inFlight() {
        return sent + duplicated - delivered - lost - droppedByQueue - droppedByMtu;
    }

    /** Datagrams dropped for any reason. */
    public long dropped() {
        return lost + droppedByQueue + droppedByMtu;
    }
}
