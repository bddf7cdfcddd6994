package io.jrtc.srtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Steady-state allocation per packet, counted by the JVM for this thread (no timing involved).
 * For counter mode everything this module does is allocation-free: what remains is the JDK's
 * {@code HmacCore}, which returns each MAC in a new 20-byte array (40 bytes with its header) per
 * {@code Mac.doFinal}. The bound catches any per-packet allocation added to the SRTP path.
 */
class SteadyStateAllocationTest {
    private static final int PACKETS = 20_000;

    // Reflection: the test is compiled inside module io.jrtc.srtp, which (rightly) does not read
    // java.management; at run time tests are on the class path.
    private static long allocated() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method m = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) m.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JVM cannot count allocated bytes per thread", e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = {"AES128_CM_HMAC_SHA1_80", "AES128_CM_HMAC_SHA1_32",
            "AES256_CM_HMAC_SHA1_80"})
    void counterModeAllocatesOnlyTheJdksHmacOutput(SrtpProfile p) {
        SrtpContext[] c = Packets.pair(p, SrtpConfig.defaults());
        byte[] plain = Packets.rtp(0x77, 0, 1188);
        int len = Packets.length(plain);
        byte[] buf = new byte[1500];
        run(c, plain, len, buf, 0); // warm up: state creation, buffer growth, JIT
        long before = allocated();
        run(c, plain, len, buf, PACKETS);
        long perPacket = (allocated() - before) / PACKETS;
        assertTrue(perPacket <= 2 * 48, "protect + unprotect allocated " + perPacket + " bytes per packet");
        assertEquals(2L * PACKETS, c[1].rtpUnprotected());
    }

    /**
     * AES-GCM: SunJCE allocates about 1 KB inside every {@code Cipher.init}/{@code doFinal} (a new
     * GCM engine with its GHASH and GCTR state; listed in jrtc-srtp/JDK-ALLOCATION.md). The bound
     * is that plus nothing of ours: a per-packet copy of a 1.2 KB packet would exceed it.
     */
    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = {"AEAD_AES_128_GCM", "AEAD_AES_256_GCM"})
    void gcmAllocatesOnlyTheJdksPerInitState(SrtpProfile p) {
        SrtpContext[] c = Packets.pair(p, SrtpConfig.defaults());
        byte[] plain = Packets.rtp(0x77, 0, 1188);
        int len = Packets.length(plain);
        byte[] buf = new byte[1500];
        run(c, plain, len, buf, 0);
        long before = allocated();
        run(c, plain, len, buf, PACKETS);
        long perPacket = (allocated() - before) / PACKETS;
        assertTrue(perPacket <= 2 * 1200, "protect + unprotect allocated " + perPacket + " bytes per packet");
        assertEquals(2L * PACKETS, c[1].rtpUnprotected());
    }

    private static void run(SrtpContext[] c, byte[] plain, int len, byte[] buf, int startSeq) {
        for (int i = 0; i < PACKETS; i++) {
            int seq = (startSeq + i) & 0xFFFF;
            System.arraycopy(plain, 0, buf, 0, len);
            buf[2] = (byte) (seq >>> 8);
            buf[3] = (byte) seq;
            int n = c[0].protectRtp(buf, 0, len);
            if (c[1].unprotectRtp(buf, 0, n) != len) {
                throw new AssertionError("packet " + seq + " did not round-trip");
            }
        }
    }
}
