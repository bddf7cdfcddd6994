package io.jrtc.dtls.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;

/**
 * The AES-GCM record cipher BC asks for (RFC 5288), handed to the JDK's {@code AES/GCM/NoPadding}
 * with a {@link GCMParameterSpec}. BC's own JCA adapter builds an {@code AlgorithmParameters}
 * object through a provider lookup for every record, which cost about a tenth of the send path's
 * CPU at a gigabit of data-channel traffic; this adapter does the same JCA calls without it. No
 * cryptography happens here: nonce construction and record framing stay in BC, the cipher is the JDK's.
 */
final class GcmRecordCipher implements TlsAEADCipherImpl {
    private final Cipher cipher;
    private final int mode;
    private final int keySize;
    private SecretKeySpec key;
    private int tagLength;

    GcmRecordCipher(Cipher cipher, int keySize, boolean encrypting) {
        this.cipher = cipher;
        this.keySize = keySize;
        this.mode = encrypting ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
    }

    @Override
    public void setKey(byte[] k, int off, int len) {
        if (len != keySize) {
            throw new IllegalStateException("AES-GCM key of " + len + " bytes, expected " + keySize);
        }
        key = new SecretKeySpec(k, off, len, "AES");
    }

    @Override
    public void init(byte[] nonce, int macSize) {
        try {
            cipher.init(mode, key, new GCMParameterSpec(macSize * 8, nonce));
            tagLength = macSize;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM init failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int getOutputSize(int inputLength) {
        return mode == Cipher.ENCRYPT_MODE ? inputLength + tagLength : Math.max(0, inputLength - tagLength);
    }

    /** A failed tag check surfaces as a RuntimeException, which BC turns into bad_record_mac and DTLS discards. */
    @Override
    public int doFinal(byte[] additionalData, byte[] input, int inputOffset, int inputLength, byte[] output,
            int outputOffset) throws IOException {
        try {
            if (additionalData != null && additionalData.length > 0) {
                cipher.updateAAD(additionalData);
            }
            return cipher.doFinal(input, inputOffset, inputLength, output, outputOffset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed: " + e.getMessage(), e);
        }
    }
}
