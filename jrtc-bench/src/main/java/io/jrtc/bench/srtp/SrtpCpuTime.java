package io.jrtc.bench.srtp;

import io.jrtc.rtp.RtpPacketWriter;
import io.jrtc.srtp.SrtpConfig;
import io.jrtc.srtp.SrtpContext;
import io.jrtc.srtp.SrtpMasterKey;
import io.jrtc.srtp.SrtpProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A companion to {@link SrtpBenchmark} for busy machines: the CPU time (not wall time) this thread
 * spends per 1200-byte packet, protect and unprotect, per profile, after a warm-up. On a machine
 * shared with other work, wall-clock JMH scores include time the thread spent descheduled; CPU time
 * does not (it still includes cache and hyper-thread interference). Prints the median of 11 runs,
 * for the in-place calls and the two-buffer calls ({@code SrtpBenchmark}'s {@code ...Into}).
 * Run: {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.srtp.SrtpCpuTime}.
 */
public final class SrtpCpuTime {
    private static final int PACKET = 1200;
    private static final int PER_RUN = 50_000;

    private SrtpCpuTime() {}

    /** Prints one line per profile and direction. */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (SrtpProfile profile : new SrtpProfile[] {SrtpProfile.AES128_CM_HMAC_SHA1_80,
                SrtpProfile.AES128_CM_HMAC_SHA1_32, SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AEAD_AES_256_GCM}) {
            double[] protect = new double[11];
            double[] unprotect = new double[11];
            double[] protectInto = new double[11];
            double[] unprotectInto = new double[11];
            Harness h = new Harness(profile);
            h.run(PER_RUN * 4); // warm-up
            for (int r = 0; r < protect.length; r++) {
                long t0 = threads.getCurrentThreadCpuTime();
                h.protectOnly(PER_RUN);
                long t1 = threads.getCurrentThreadCpuTime();
                h.unprotectOnly(PER_RUN);
                long t2 = threads.getCurrentThreadCpuTime();
                h.protectInto(PER_RUN);
                long t3 = threads.getCurrentThreadCpuTime();
                h.unprotectInto(PER_RUN);
                long t4 = threads.getCurrentThreadCpuTime();
                protect[r] = (t1 - t0) / 1000.0 / PER_RUN;
                unprotect[r] = (t2 - t1) / 1000.0 / PER_RUN;
                protectInto[r] = (t3 - t2) / 1000.0 / PER_RUN;
                unprotectInto[r] = (t4 - t3) / 1000.0 / PER_RUN;
            }
            System.out.printf("%-24s protect %.3f, unprotect %.3f; two-buffer protect %.3f, unprotect %.3f"
                    + " us/packet CPU (medians of %d runs of %d)%n", profile, median(protect), median(unprotect),
                    median(protectInto), median(unprotectInto), protect.length, PER_RUN);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    private static final class Harness {
        private final SrtpContext sender;
        private final SrtpContext receiver;
        private final byte[] plain = new byte[PACKET];
        private final byte[] wire = new byte[1500];
        private final byte[] work = new byte[1500];
        private final int wireLength;
        private int seq;
        private int sink;

        Harness(SrtpProfile profile) {
            byte[] key = new byte[profile.keyLength()];
            for (int i = 0; i < key.length; i++) {
                key[i] = (byte) (i * 31 + 7);
            }
            SrtpMasterKey master = new SrtpMasterKey(key, new byte[profile.saltLength()]);
            sender = SrtpContext.create(profile, master, SrtpConfig.defaults());
            receiver = SrtpContext.create(profile, master, SrtpConfig.builder().replayProtection(false).build());
            byte[] payload = new byte[PACKET - 12];
            new RtpPacketWriter().payloadType(96).sequenceNumber(1).ssrc(0x12345678)
                    .write(plain, 0, payload, 0, payload.length);
            System.arraycopy(plain, 0, wire, 0, PACKET);
            wireLength = SrtpContext.create(profile, master, SrtpConfig.defaults()).protectRtp(wire, 0, PACKET);
        }

        void run(int n) {
            protectOnly(n);
            unprotectOnly(n);
        }

        void protectOnly(int n) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(plain, 0, work, 0, PACKET);
                int s = ++seq;
                work[2] = (byte) (s >>> 8);
                work[3] = (byte) s;
                sink += sender.protectRtp(work, 0, PACKET);
            }
        }

        void protectInto(int n) {
            for (int i = 0; i < n; i++) {
                int s = ++seq;
                plain[2] = (byte) (s >>> 8);
                plain[3] = (byte) s;
                sink += sender.protectRtp(plain, 0, PACKET, work, 0);
            }
        }

        void unprotectInto(int n) {
            for (int i = 0; i < n; i++) {
                sink += receiver.unprotectRtp(wire, 0, wireLength, work, 0);
            }
        }

        void unprotectOnly(int n) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(wire, 0, work, 0, wireLength);
                sink += receiver.unprotectRtp(work, 0, wireLength);
            }
            if (sink == 42) {
                System.out.print("");
            }
        }
    }
}
