package io.jrtc.bench.srtp;

import io.jrtc.rtp.RtpPacketWriter;
import io.jrtc.srtp.SrtpConfig;
import io.jrtc.srtp.SrtpContext;
import io.jrtc.srtp.SrtpMasterKey;
import io.jrtc.srtp.SrtpProfile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SRTP protect and unprotect of a 1200-byte RTP packet (12-byte header, 1188-byte payload), per
 * profile, in microseconds per packet. Run with {@code ./jrtc bench Srtp -prof gc} to see allocation
 * per packet. Each operation first copies the packet into the working buffer (a 1.2 KB
 * {@code System.arraycopy}, a few tens of nanoseconds), as a receive or send path would.
 *
 * <p>Protect advances the sequence number every packet, so the sender's index state is exercised;
 * unprotect verifies the same authentic packet repeatedly with replay protection off (the check
 * itself is a few bit operations), so tag verification and decryption are measured. The
 * {@code ...Into} variants use the two-buffer calls, as a send or receive path that keeps its
 * buffers apart would, and need no copy per operation. On a loaded
 * machine, {@link SrtpCpuTime} reports CPU time per packet alongside these wall-clock scores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SrtpBenchmark {
    private static final int PACKET = 1200;

    @Param({"AES128_CM_HMAC_SHA1_80", "AES128_CM_HMAC_SHA1_32", "AEAD_AES_128_GCM", "AEAD_AES_256_GCM"})
    public SrtpProfile profile;

    private SrtpContext sender;
    private SrtpContext receiver;
    private byte[] plain;
    private byte[] wire;
    private int wireLength;
    private final byte[] work = new byte[1500];
    private int seq;

    @Setup
    public void setUp() {
        byte[] key = new byte[profile.keyLength()];
        byte[] salt = new byte[profile.saltLength()];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 31 + 7);
        }
        SrtpMasterKey master = new SrtpMasterKey(key, salt);
        sender = SrtpContext.create(profile, master, SrtpConfig.defaults());
        receiver = SrtpContext.create(profile, master, SrtpConfig.builder().replayProtection(false).build());
        byte[] payload = new byte[PACKET - 12];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        plain = new byte[PACKET];
        new RtpPacketWriter().payloadType(96).sequenceNumber(1).timestamp(90_000).ssrc(0x12345678)
                .write(plain, 0, payload, 0, payload.length);
        wire = new byte[1500];
        System.arraycopy(plain, 0, wire, 0, PACKET);
        wireLength = SrtpContext.create(profile, master, SrtpConfig.defaults()).protectRtp(wire, 0, PACKET);
    }

    /** Protect one 1200-byte packet in place (sequence number advancing). */
    @Benchmark
    public int protect() {
        System.arraycopy(plain, 0, work, 0, PACKET);
        int s = ++seq;
        work[2] = (byte) (s >>> 8);
        work[3] = (byte) s;
        return sender.protectRtp(work, 0, PACKET);
    }

    /** Verify and decrypt one 1200-byte packet in place. */
    @Benchmark
    public int unprotect() {
        System.arraycopy(wire, 0, work, 0, wireLength);
        return receiver.unprotectRtp(work, 0, wireLength);
    }

    /**
     * Protect from the application's packet into a send buffer (the two-buffer call): no copy
     * first, and with AES-GCM none at all.
     */
    @Benchmark
    public int protectInto() {
        int s = ++seq;
        plain[2] = (byte) (s >>> 8);
        plain[3] = (byte) s;
        return sender.protectRtp(plain, 0, PACKET, work, 0);
    }

    /** Verify and decrypt from a receive buffer into another (the two-buffer call), the source untouched. */
    @Benchmark
    public int unprotectInto() {
        return receiver.unprotectRtp(wire, 0, wireLength, work, 0);
    }
}
