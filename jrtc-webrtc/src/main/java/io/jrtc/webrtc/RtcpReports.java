package io.jrtc.webrtc;

import io.jrtc.rtcp.RtcpCompoundReader;
import io.jrtc.rtcp.RtcpPacketType;
import io.jrtc.rtcp.RtcpParseException;

/**
 * Sender and receiver reports (RFC 3550 §6.4): writes an SR or RR with at most one report block,
 * and reads the SRs and report blocks of a received compound packet. NTP timestamps come from
 * the monotonic clock: only this side compares them (round-trip time from LSR/DLSR, §6.4.1), so
 * they need not be wall-clock time.
 */
final class RtcpReports {
    private RtcpReports() {}

    /** What a received compound packet reports. */
    interface Listener {
        /** An SR from {@code ssrc} with the middle 32 bits of its NTP timestamp. */
        void senderReport(long ssrc, long ntpMiddle32);

        /** A report block about {@code ssrc} (RFC 3550 §6.4.1). */
        void block(long ssrc, int fractionLost, int cumulativeLost, long highestSeq, long jitter, long lsr, long dlsr);
    }

    /** The 64-bit NTP-format time of a monotonic nanosecond reading (RFC 3550 §4). */
    static long ntp(long nanos) {
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long rem = Math.floorMod(nanos, 1_000_000_000L);
        return seconds << 32 | (rem << 32) / 1_000_000_000L;
    }

    static long middle32(long ntp) {
        return ntp >>> 16 & 0xFFFF_FFFFL;
    }

    /** An SR (with sender info) or, if {@code sender} is false, an RR; one block if {@code about} has data. */
    static byte[] report(long ssrc, boolean sender, long rtpTimestamp, long packets, long octets,
            ReceptionStats about, long nowNanos) {
        boolean block = about != null && about.started();
        int length = 8 + (sender ? 20 : 0) + (block ? 24 : 0);
        byte[] b = new byte[length];
        b[0] = (byte) (0x80 | (block ? 1 : 0));
        b[1] = (byte) (sender ? RtcpPacketType.SR : RtcpPacketType.RR);
        b[2] = (byte) ((length / 4 - 1) >> 8);
        b[3] = (byte) (length / 4 - 1);
        put32(b, 4, ssrc);
        int at = 8;
        if (sender) {
            long ntp = ntp(nowNanos);
            put32(b, 8, ntp >>> 32);
            put32(b, 12, ntp);
            put32(b, 16, rtpTimestamp);
            put32(b, 20, packets);
            put32(b, 24, octets);
            at = 28;
        }
        if (block) {
            about.writeBlock(b, at, nowNanos);
        }
        return b;
    }

    /**
     * Reports each SR and report block of {@code rtcp}.
     *
     * @return false if the compound packet is malformed (blocks before the fault were reported)
     */
    static boolean scan(RtcpCompoundReader reader, byte[] rtcp, Listener listener) {
        try {
            reader.reset(rtcp, 0, rtcp.length);
            while (reader.next()) {
                int type = reader.packetType();
                if (type != RtcpPacketType.SR && type != RtcpPacketType.RR) {
                    continue;
                }
                int at = reader.offset();
                int first = at + (type == RtcpPacketType.SR ? 28 : 8);
                if (first + 24 * reader.count() > at + reader.length()) {
                    return false;
                }
                if (type == RtcpPacketType.SR) {
                    listener.senderReport(u32(rtcp, at + 4), (u32(rtcp, at + 8) << 16 | u32(rtcp, at + 12) >>> 16) & 0xFFFF_FFFFL);
                }
                for (int i = 0; i < reader.count(); i++) {
                    int p = first + 24 * i;
                    int lost = (int) (u32(rtcp, p + 4) & 0xFFFFFF);
                    listener.block(u32(rtcp, p), rtcp[p + 4] & 0xFF, lost << 8 >> 8, u32(rtcp, p + 8),
                            u32(rtcp, p + 12), u32(rtcp, p + 16), u32(rtcp, p + 20));
                }
            }
            return true;
        } catch (RtcpParseException e) {
            return false;
        }
    }

    static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
