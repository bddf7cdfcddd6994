package io.jrtc.sctp;

import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * SACK chunk (RFC 9260 §3.3.4).
 *
 * @param cumulativeTsnAck the last TSN received in sequence
 * @param arwnd the receiver's advertised window in bytes
 * @param gapBlocks received TSN ranges beyond the cumulative ack, as offsets from it
 * @param duplicateTsns TSNs received more than once since the last SACK
 */
public record SackChunk(long cumulativeTsnAck, long arwnd, List<GapAckBlock> gapBlocks,
        List<Long> duplicateTsns) implements Chunk {
    /** Copies the lists. */
    public SackChunk {
        gapBlocks = List.copyOf(gapBlocks);
        duplicateTsns = List.copyOf(duplicateTsns);
    }

    @Override
    public int type() {
        return SACK;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(Writer w) {
        w.u32(cumulativeTsnAck).u32(arwnd).u16(gapBlocks.size()).u16(duplicateTsns.size());
        for (GapAckBlock g : gapBlocks) {
            w.u16(g.start()).u16(g.end());
        }
        for (long d : duplicateTsns) {
            w.u32(d);
        }
    }
}
