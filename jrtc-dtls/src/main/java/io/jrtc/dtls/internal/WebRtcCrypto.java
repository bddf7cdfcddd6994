package io.jrtc.dtls.internal;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.NoSuchPaddingException;
import org.bouncycastle.jcajce.util.DefaultJcaJceHelper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * BC's JCA TLS crypto over the JDK's providers (so AES-GCM, ECDHE and ECDSA use the JDK's
 * intrinsics), except for the two primitives BC's ChaCha20-Poly1305 record cipher asks for by
 * names the JDK does not register ("ChaCha7539" and a standalone "Poly1305" MAC, RFC 7905):
 * those come from Bouncy Castle's own provider, used as a library and not installed globally.
 * AES-GCM records use {@link GcmRecordCipher}, which skips BC's per-record parameter lookup.
 */
public final class WebRtcCrypto {
    private static final Set<String> FROM_BC = Set.of("ChaCha7539", "Poly1305");
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final Provider BC = new BouncyCastleProvider();

    private WebRtcCrypto() {}

    /** A new crypto instance with fresh randomness. */
    public static JcaTlsCrypto create() {
        return new JcaTlsCrypto(new Helper(), new SecureRandom(), new SecureRandom()) {
            /** AES-GCM records through {@link GcmRecordCipher}: the same JDK cipher without a per-record provider lookup. */
            @Override
            protected TlsAEADCipherImpl createAEADCipher(String cipherName, String algorithm, int keySize,
                    boolean isEncrypting) throws GeneralSecurityException {
                if (AES_GCM.equals(cipherName) && "AES".equals(algorithm)) {
                    return new GcmRecordCipher(getHelper().createCipher(cipherName), keySize, isEncrypting);
                }
                return super.createAEADCipher(cipherName, algorithm, keySize, isEncrypting);
            }
        };
    }

    private static final class Helper extends DefaultJcaJceHelper {
        @Override
        public Cipher createCipher(String algorithm) throws NoSuchAlgorithmException, NoSuchPaddingException {
            return FROM_BC.contains(algorithm) ? Cipher.getInstance(algorithm, BC) : super.createCipher(algorithm);
        }

        @Override
        public Mac createMac(String algorithm) throws NoSuchAlgorithmException {
            return FROM_BC.contains(algorithm) ? Mac.getInstance(algorithm, BC) : super.createMac(algorithm);
        }
    }
}
