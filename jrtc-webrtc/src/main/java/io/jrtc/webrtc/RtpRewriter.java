package io.jrtc.webrtc;

import io.jrtc.rtp.RtpHeader;
import io.jrtc.rtp.RtpPacketWriter;
import io.jrtc.rtp.RtpParseException;
import java.nio.charset.StandardCharsets;

/**
 * Puts a sender's identity into an application's RTP packet: its SSRC (RFC 3550 section 8) and,
 * when negotiated, the MID header extension (RFC 9143 section 15) that lets a BUNDLEd receiver
 * find the transceiver before it knows the SSRC. Marker, payload type, sequence number, timestamp,
 * CSRCs and payload stay as the application wrote them; its own extensions are dropped.
 */
final class RtpRewriter {
    private RtpRewriter() {}

    /**
     * @param midExtensionId the negotiated id of {@code urn:ietf:params:rtp-hdrext:sdes:mid}, or 0
     * @return the packet to send, or null if {@code packet} is not RTP
     */
    static byte[] rewrite(byte[] packet, long ssrc, int midExtensionId, String mid) {
        RtpHeader h;
        try {
            h = RtpHeader.parse(packet, 0, packet.length);
        } catch (RtpParseException e) {
            return null;
        }
        int[] csrcs = new int[h.csrcCount()];
        for (int i = 0; i < csrcs.length; i++) {
            csrcs[i] = h.csrc(i);
        }
        RtpPacketWriter w = new RtpPacketWriter().marker(h.marker()).payloadType(h.payloadType())
                .sequenceNumber(h.sequenceNumber()).timestamp(h.timestamp()).ssrc((int) ssrc).csrcs(csrcs);
        if (midExtensionId > 0 && mid != null) {
            w.extension(midExtensionId, mid.getBytes(StandardCharsets.US_ASCII));
        }
        int payloadLength = h.payloadLength();
        byte[] out = new byte[w.headerLength() + payloadLength];
        int n = w.write(out, 0, packet, h.payloadOffset(), payloadLength);
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The MID in a received packet's header extension, or null. */
    static String mid(byte[] packet, int midExtensionId) {
        if (midExtensionId <= 0) {
            return null;
        }
        try {
            RtpHeader h = RtpHeader.parse(packet, 0, packet.length);
            if (!h.hasExtension()) {
                return null;
            }
            int off = h.extensionElementOffset(midExtensionId);
            int len = h.extensionElementLength(midExtensionId);
            return off < 0 || len <= 0 ? null : new String(packet, off, len, StandardCharsets.US_ASCII);
        } catch (RtpParseException e) {
            return null;
        }
    }

    /** The payload bytes of an RTP packet (W3C bytesSent/bytesReceived count these), or 0. */
    static int payloadLength(byte[] packet) {
        try {
            return RtpHeader.parse(packet, 0, packet.length).payloadLength();
        } catch (RtpParseException e) {
            return 0;
        }
    }

    /** The payload type of a received packet, or -1. */
    static int payloadType(byte[] packet) {
        return packet.length >= 2 ? packet[1] & 0x7F : -1;
    }
}
