package io.jrtc.webrtc;

import io.jrtc.rtcp.RtcpCompoundReader;
import io.jrtc.rtcp.RtcpPacketType;
import io.jrtc.rtcp.RtcpParseException;

/**
 * Key-frame requests in RTCP: finds the media SSRCs that a received compound packet asks a key
 * frame of (PLI, RFC 4585 §6.3.1; FIR, RFC 5104 §4.3.1), and writes the compound packet that asks
 * one (an empty RR first because RFC 3550 §6.1 makes a report the first packet, then the PLI).
 */
final class KeyFrameFeedback {
    /** PSFB feedback message type of Picture Loss Indication (RFC 4585 §6.3). */
    static final int FMT_PLI = 1;
    /** PSFB feedback message type of Full Intra Request (RFC 5104 §4.3.1.1). */
    static final int FMT_FIR = 4;

    private KeyFrameFeedback() {}

    /** Receives one key-frame request found in a compound packet. */
    @FunctionalInterface
    interface Request {
        void accept(long mediaSsrc, boolean fir);
    }

    /**
     * Calls {@code requested} with each media SSRC a PLI or FIR in {@code rtcp} names, and whether
     * it was a FIR.
     *
     * @return false if the compound packet is malformed (what was read before the fault was
     *     reported; the caller counts the drop). Never throws for any input.
     */
    static boolean scan(RtcpCompoundReader reader, byte[] rtcp, Request requested) {
        try {
            reader.reset(rtcp, 0, rtcp.length);
            while (reader.next()) {
                if (reader.packetType() != RtcpPacketType.PSFB) {
                    continue;
                }
                int at = reader.offset();
                int len = reader.length();
                if (reader.count() == FMT_PLI) {
                    // RFC 4585 §6.1: header, sender SSRC, media source SSRC; PLI has no FCI.
                    if (len < 12) {
                        return false;
                    }
                    requested.accept(u32(rtcp, at + 8), false);
                } else if (reader.count() == FMT_FIR) {
                    // RFC 5104 §4.3.1.2: media source SSRC is unused; each 8-byte FCI entry names an SSRC.
                    if (len < 20) {
                        return false;
                    }
                    for (int e = at + 12; e + 8 <= at + len; e += 8) {
                        requested.accept(u32(rtcp, e), true);
                    }
                }
            }
            return true;
        } catch (RtcpParseException e) {
            return false;
        }
    }

    /** RR with no report blocks (RFC 3550 §6.4.2) followed by a PLI (RFC 4585 §6.3.1): 20 bytes. */
    static byte[] pli(long senderSsrc, long mediaSsrc) {
        byte[] b = new byte[20];
        b[0] = (byte) 0x80;
        b[1] = (byte) RtcpPacketType.RR;
        b[3] = 1;
        put32(b, 4, senderSsrc);
        b[8] = (byte) (0x80 | FMT_PLI);
        b[9] = (byte) RtcpPacketType.PSFB;
        b[11] = 2;
        put32(b, 12, senderSsrc);
        put32(b, 16, mediaSsrc);
        return b;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
