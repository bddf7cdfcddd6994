package io.jrtc.srtp;

import io.jrtc.rtp.RtpPacketWriter;
import java.util.Arrays;

/** Test packets and keyed context pairs. */
final class Packets {
    private Packets() {}

    /** Room after a packet for any profile's SRTP tag or SRTCP trailer. */
    static final int ROOM = 32;

    /** An RTP packet with a CSRC and a one-byte header extension, in a buffer with {@link #ROOM} spare. */
    static byte[] rtp(int ssrc, int seq, int payloadLength) {
        byte[] payload = new byte[payloadLength];
        for (int i = 0; i < payloadLength; i++) {
            payload[i] = (byte) (seq + i);
        }
        RtpPacketWriter w = new RtpPacketWriter().payloadType(96).sequenceNumber(seq).timestamp(seq * 960L)
                .ssrc(ssrc).csrcs(0x11223344).extension(1, new byte[] {(byte) seq, 2, 3});
        byte[] buf = new byte[w.headerLength() + payloadLength + ROOM];
        int n = w.write(buf, 0, payload, 0, payloadLength);
        return Arrays.copyOf(buf, n + ROOM);
    }

    /** Length of a packet made by {@link #rtp} or {@link #rtcp} (without the spare room). */
    static int length(byte[] withRoom) {
        return withRoom.length - ROOM;
    }

    /** A receiver report with one report block from {@code ssrc}, with {@link #ROOM} spare. */
    static byte[] rtcp(int ssrc) {
        byte[] b = new byte[32 + ROOM];
        b[0] = (byte) 0x81;
        b[1] = (byte) 201;
        b[3] = 7;
        b[4] = (byte) (ssrc >>> 24);
        b[5] = (byte) (ssrc >>> 16);
        b[6] = (byte) (ssrc >>> 8);
        b[7] = (byte) ssrc;
        for (int i = 8; i < 32; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    static SrtpMasterKey key(SrtpProfile p, int seed) {
        byte[] k = new byte[p.keyLength()];
        byte[] s = new byte[p.saltLength()];
        Arrays.fill(k, (byte) seed);
        Arrays.fill(s, (byte) (seed * 7));
        return new SrtpMasterKey(k, s);
    }

    /** Sender and receiver contexts on the same key: [0] protects, [1] unprotects. */
    static SrtpContext[] pair(SrtpProfile p, SrtpConfig config) {
        SrtpMasterKey k = key(p, 42);
        return new SrtpContext[] {SrtpContext.create(p, k, config), SrtpContext.create(p, k, config)};
    }
}
