package io.jrtc.bench.srtp;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SunJCE AES-128-GCM encryption (12-byte AAD, in place) by payload size, calling the JDK directly:
 * 0 bytes is the fixed cost of {@code init} + AAD + tag; SunJCE's combined AES+GHASH intrinsic takes
 * whole multiples of 512 bytes ({@code GaloisCounterMode.PARALLEL_LEN}) and everything after them
 * goes through separate GCTR and GHASH calls, so 1040 against 1024 shows what one extra block
 * costs, and 1188 is a 1200-byte RTP packet's payload.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GcmPayloadSizeBenchmark {
    @Param({"0", "512", "1024", "1040", "1188"})
    public int payload;

    private final SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
    private final byte[] iv = new byte[12];
    private final byte[] work = new byte[1500];
    private Cipher cipher;
    private long counter;

    @Setup
    public void setUp() throws GeneralSecurityException {
        cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** One packet: init with a fresh IV, the 12-byte header as AAD, payload encrypted in place. */
    @Benchmark
    public int encrypt() throws GeneralSecurityException {
        long n = ++counter;
        for (int i = 0; i < 8; i++) {
            iv[4 + i] = (byte) (n >>> (56 - 8 * i));
        }
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(work, 0, 12);
        return cipher.doFinal(work, 12, payload, work, 12);
    }
}
