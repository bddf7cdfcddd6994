package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.ChannelData;
import io.jrtc.stun.Software;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMessageType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TCP framing of STUN and padded ChannelData (RFC 8656 §12.5) over arbitrary chunking. */
class StreamFramerTest {

    private static List<byte[]> messages(Random r) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (r.nextBoolean()) {
                out.add(StunMessage.builder(StunMessageType.BINDING_REQUEST)
                        .add(new Software("x".repeat(r.nextInt(40)))).build().encode());
            } else {
                byte[] data = new byte[r.nextInt(70)];
                r.nextBytes(data);
                out.add(ChannelData.of(0x4000 + r.nextInt(10), data).encode(true));
            }
        }
        return out;
    }

    @Test
    void anyChunkingYieldsTheSameMessages() {
        for (long seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            List<byte[]> sent = messages(r);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            sent.forEach(stream::writeBytes);
            byte[] all = stream.toByteArray();
            StreamFramer f = new StreamFramer();
            List<byte[]> got = new ArrayList<>();
            for (int at = 0; at < all.length; ) {
                int n = Math.min(all.length - at, r.nextInt(3) == 0 ? 1 : r.nextInt(200));
                f.feed(all, at, n);
                at += n;
                for (byte[] m = f.next(); m != null; m = f.next()) {
                    got.add(m);
                }
            }
            assertEquals(sent.size(), got.size(), "seed " + seed);
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i), got.get(i), "seed " + seed + " message " + i);
            }
            assertEquals(0, f.buffered());
        }
    }

    @Test
    void paddingOfChannelDataIsPartOfTheFrame() {
        StreamFramer f = new StreamFramer();
        byte[] cd = ChannelData.of(0x4001, new byte[] {1, 2, 3, 4, 5}).encode(true);
        assertEquals(12, cd.length);
        f.feed(cd, 0, 9);
        assertNull(f.next(), "the padding has not arrived yet");
        f.feed(cd, 9, 3);
        assertArrayEquals(cd, f.next());
    }

    @Test
    void garbageBreaksTheStreamForGood() {
        StreamFramer f = new StreamFramer();
        f.feed(new byte[] {(byte) 0xC0, 0, 0, 0}, 0, 4);
        assertNull(f.next());
        assertTrue(f.broken());
        byte[] ok = ChannelData.of(0x4000, new byte[4]).encode(true);
        f.feed(ok, 0, ok.length);
        assertNull(f.next());
    }
}
