package io.jrtc.bench.srtp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ways javax.crypto's AES-128-GCM can be called on one 1200-byte SRTP packet (12-byte header
 * as AAD, 1188 bytes encrypted, 16-byte tag), compared in one run: byte[] or ByteBuffer, in place
 * or into a second buffer, plus the fixed cost (an empty payload) and AES-CTR alone for scale. It
 * explains where {@code GcmTransform}'s time goes; it calls the JDK directly, not jrtc.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GcmCallPatternBenchmark {
    private static final int PACKET = 1200;
    private static final int HEADER = 12;

    private final SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
    private final byte[] iv = new byte[12];
    private final byte[] plain = new byte[PACKET];
    private final byte[] sealed = new byte[PACKET + 16];
    private final byte[] work = new byte[1500];
    private final byte[] scratch = new byte[1500];
    private final ByteBuffer workBuffer = ByteBuffer.wrap(work);
    private final ByteBuffer scratchBuffer = ByteBuffer.wrap(scratch);
    private Cipher encryptor;
    private Cipher decryptor;
    private Cipher ctr;
    private long counter;

    @Setup
    public void setUp() throws GeneralSecurityException {
        for (int i = 0; i < PACKET; i++) {
            plain[i] = (byte) i;
        }
        encryptor = Cipher.getInstance("AES/GCM/NoPadding");
        decryptor = Cipher.getInstance("AES/GCM/NoPadding");
        ctr = Cipher.getInstance("AES/CTR/NoPadding");
        System.arraycopy(plain, 0, sealed, 0, PACKET);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        c.updateAAD(sealed, 0, HEADER);
        c.doFinal(sealed, HEADER, PACKET - HEADER, sealed, HEADER);
    }

    private GCMParameterSpec nextIv() {
        long n = ++counter;
        for (int i = 0; i < 8; i++) {
            iv[4 + i] = (byte) (n >>> (56 - 8 * i));
        }
        return new GCMParameterSpec(128, iv);
    }

    /** jrtc's protect pattern: byte[] AAD, doFinal in place. */
    @Benchmark
    public int encryptInPlaceArray() throws GeneralSecurityException {
        System.arraycopy(plain, 0, work, 0, PACKET);
        encryptor.init(Cipher.ENCRYPT_MODE, key, nextIv());
        encryptor.updateAAD(work, 0, HEADER);
        return encryptor.doFinal(work, HEADER, PACKET - HEADER, work, HEADER);
    }

    /** Encrypt into a second array, then copy back. */
    @Benchmark
    public int encryptViaScratch() throws GeneralSecurityException {
        System.arraycopy(plain, 0, work, 0, PACKET);
        encryptor.init(Cipher.ENCRYPT_MODE, key, nextIv());
        encryptor.updateAAD(work, 0, HEADER);
        int n = encryptor.doFinal(work, HEADER, PACKET - HEADER, scratch, HEADER);
        System.arraycopy(scratch, HEADER, work, HEADER, n);
        return n;
    }

    /** Heap ByteBuffers over the same array. */
    @Benchmark
    public int encryptInPlaceBuffer() throws GeneralSecurityException {
        System.arraycopy(plain, 0, work, 0, PACKET);
        encryptor.init(Cipher.ENCRYPT_MODE, key, nextIv());
        encryptor.updateAAD(work, 0, HEADER);
        ByteBuffer in = workBuffer.duplicate().position(HEADER).limit(PACKET);
        ByteBuffer out = workBuffer.duplicate().position(HEADER).limit(1500);
        return encryptor.doFinal(in, out);
    }

    /** jrtc's unprotect pattern: byte[] AAD, doFinal in place. */
    @Benchmark
    public int decryptInPlaceArray() throws GeneralSecurityException {
        System.arraycopy(sealed, 0, work, 0, sealed.length);
        decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        decryptor.updateAAD(work, 0, HEADER);
        return decryptor.doFinal(work, HEADER, sealed.length - HEADER, work, HEADER);
    }

    /** Decrypt into a second array (the JDK then uses its combined AES+GHASH intrinsic), copy back. */
    @Benchmark
    public int decryptViaScratch() throws GeneralSecurityException {
        System.arraycopy(sealed, 0, work, 0, sealed.length);
        decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        decryptor.updateAAD(work, 0, HEADER);
        int n = decryptor.doFinal(work, HEADER, sealed.length - HEADER, scratch, HEADER);
        System.arraycopy(scratch, HEADER, work, HEADER, n);
        return n;
    }

    /** Heap ByteBuffers, in place. */
    @Benchmark
    public int decryptInPlaceBuffer() throws GeneralSecurityException {
        System.arraycopy(sealed, 0, work, 0, sealed.length);
        decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        decryptor.updateAAD(work, 0, HEADER);
        ByteBuffer in = workBuffer.duplicate().position(HEADER).limit(sealed.length);
        ByteBuffer out = workBuffer.duplicate().position(HEADER).limit(1500);
        return decryptor.doFinal(in, out);
    }

    /** Heap ByteBuffers into a second buffer. */
    @Benchmark
    public int decryptViaScratchBuffer() throws GeneralSecurityException {
        System.arraycopy(sealed, 0, work, 0, sealed.length);
        decryptor.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        decryptor.updateAAD(work, 0, HEADER);
        ByteBuffer in = workBuffer.duplicate().position(HEADER).limit(sealed.length);
        ByteBuffer out = scratchBuffer.duplicate().position(HEADER).limit(1500);
        int n = decryptor.doFinal(in, out);
        System.arraycopy(scratch, HEADER, work, HEADER, n);
        return n;
    }

    /** Floor: init, AAD and tag of an empty payload (the per-packet fixed cost). */
    @Benchmark
    public int encryptEmpty() throws GeneralSecurityException {
        encryptor.init(Cipher.ENCRYPT_MODE, key, nextIv());
        encryptor.updateAAD(work, 0, HEADER);
        return encryptor.doFinal(work, HEADER, 0, work, HEADER);
    }

    /** For scale: AES-CTR over the same 1188 bytes, no GHASH, with a CTR cipher re-initialised per packet. */
    @Benchmark
    public int ctrOnly() throws GeneralSecurityException {
        System.arraycopy(plain, 0, work, 0, PACKET);
        nextIv();
        byte[] ctrIv = new byte[16];
        System.arraycopy(iv, 0, ctrIv, 0, 12);
        ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ctrIv));
        return ctr.doFinal(work, HEADER, PACKET - HEADER, work, HEADER);
    }
}
