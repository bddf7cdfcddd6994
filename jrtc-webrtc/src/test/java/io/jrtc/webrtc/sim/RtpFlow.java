package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.rtp.RtpHeader;
import io.jrtc.rtp.RtpPacketWriter;
import io.jrtc.webrtc.MediaStreamTrack;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Raw RTP for the simulations: packets whose payload names their number, and what a track received. */
final class RtpFlow {
    final List<Integer> received = new ArrayList<>();
    final List<String> malformed = new ArrayList<>();

    /** Records what {@code track} delivers (a remote track). */
    RtpFlow(MediaStreamTrack track, String prefix) {
        track.onRtp(p -> {
            String body = payload(p);
            if (body.startsWith(prefix)) {
                received.add(Integer.parseInt(body.substring(prefix.length())));
            } else {
                malformed.add(body);
            }
        });
    }

    static byte[] packet(int seq, String prefix) {
        RtpPacketWriter w = new RtpPacketWriter().payloadType(111).sequenceNumber(seq).timestamp(seq * 960L).ssrc(0x1234);
        byte[] body = (prefix + seq).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[w.headerLength() + body.length];
        w.write(out, 0, body, 0, body.length);
        return out;
    }

    private static String payload(byte[] packet) {
        RtpHeader h = RtpHeader.parse(packet, 0, packet.length);
        return new String(packet, h.payloadOffset(), h.payloadLength(), StandardCharsets.UTF_8);
    }

    /**
     * RTP is not repaired: what arrived is packets that were sent, each once, in the order sent
     * (the link does not reorder), and with the link's loss, most of them.
     */
    void check(int sent, int atLeast, String what) {
        assertTrue(malformed.isEmpty(), () -> what + ": payloads that were never sent: " + malformed);
        Set<Integer> seen = new HashSet<>();
        int last = -1;
        for (int n : received) {
            int before = last;
            assertTrue(n >= 0 && n < sent && seen.add(n) && n > before, () -> what + ": " + n + " after " + before
                    + " (of " + sent + " sent)");
            last = n;
        }
        assertTrue(received.size() >= atLeast, () -> what + ": only " + received.size() + " of " + sent);
    }
}
