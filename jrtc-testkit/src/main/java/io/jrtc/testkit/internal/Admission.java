package io.jrtc.testkit.internal;

import io.jrtc.testkit.DropReason;

/**
 * What a link decided about one datagram: dropped for a reason, or the time it comes out of the
 * far end, and the time its duplicate does.
 *
 * @param dropReason why it was dropped, or null if it was accepted
 * @param arrival when it comes out of the link
 * @param duplicateArrival when its duplicate comes out, or -1 if there is none
 */
public record Admission(DropReason dropReason, long arrival, long duplicateArrival) {
    static Admission drop(DropReason reason) {
        return new Admission(reason, -1, -1);
    }

    /** True if the datagram was dropped. */
    public boolean dropped() {
        return dropReason != null;
    }

    /** True if a duplicate copy comes out too. */
    public boolean duplicated() {
        return duplicateArrival >= 0;
    }
}
