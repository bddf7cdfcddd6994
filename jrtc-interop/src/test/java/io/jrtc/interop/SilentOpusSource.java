package io.jrtc.interop;

import io.jrtc.webrtc.MediaStreamTrack;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * An audio source for a jrtc track with no codec behind it: every 20 ms one RTP packet (RFC 3550)
 * carrying an Opus silence frame (RFC 6716 §3.1: TOC 0xF8 is CELT-only, fullband, 20 ms, one
 * frame; 0xFF 0xFE is the frame coded as silence), which a browser decodes like any Opus packet.
 * Bounded: it stops by itself after {@code maxPackets}. Packets written before the track's sender
 * is negotiated are dropped by jrtc and not counted.
 */
final class SilentOpusSource implements AutoCloseable {
    private static final byte[] SILENCE = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
    /** 20 ms at Opus' 48 kHz RTP clock (RFC 7587 §4.1). */
    private static final int TICKS_PER_PACKET = 960;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "silent-opus");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    /**
     * Starts writing to {@code track} with the payload type {@code payloadType} gives (-1 while it
     * is not known yet: nothing is written then).
     */
    SilentOpusSource(MediaStreamTrack track, IntSupplier payloadType, int maxPackets) {
        timer.scheduleAtFixedRate(() -> {
            int pt = payloadType.getAsInt();
            if (pt < 0) {
                return;
            }
            int n = written.getAndIncrement();
            if (n >= maxPackets) {
                timer.shutdown();
                return;
            }
            if (track.writeRtp(packet(pt, n))) {
                sent.incrementAndGet();
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    private static byte[] packet(int pt, int n) {
        byte[] p = new byte[12 + SILENCE.length];
        p[0] = (byte) 0x80;
        p[1] = (byte) pt;
        p[2] = (byte) (n >>> 8);
        p[3] = (byte) n;
        long ts = (long) n * TICKS_PER_PACKET;
        p[4] = (byte) (ts >>> 24);
        p[5] = (byte) (ts >>> 16);
        p[6] = (byte) (ts >>> 8);
        p[7] = (byte) ts;
        // SSRC bytes 8-11 stay 0: the sender puts in its own.
        System.arraycopy(SILENCE, 0, p, 12, SILENCE.length);
        return p;
    }

    /** Packets a sender took. */
    int sent() {
        return sent.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
