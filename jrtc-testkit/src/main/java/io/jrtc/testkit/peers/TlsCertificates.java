package io.jrtc.testkit.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Throw-away TLS material for tests of {@code turns:} against {@link Coturn}. */
public final class TlsCertificates {
    private static final String OPENSSL = "/usr/bin/openssl";

    private TlsCertificates() {}

    /**
     * A self-signed EC (P-256) certificate for IP address 127.0.0.1, made by openssl (Debian
     * package {@code openssl}) for this run: {@code {cert.pem, key.pem}} in {@code dir}, ready for
     * {@link Coturn#start(Path[])}.
     */
    public static Path[] selfSigned(Path dir) throws IOException, InterruptedException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        if (!Files.isExecutable(Path.of(OPENSSL))) {
            throw new AssertionError(OPENSSL + " is missing: install the Debian package openssl");
        }
        Process p = new ProcessBuilder(OPENSSL, "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=jrtc-test",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError("openssl req failed: " + Files.readString(dir.resolve("openssl.log")));
        }
        return new Path[] {cert, key};
    }

    /** A TLS context that trusts exactly the certificate in {@code certPem}. */
    public static SSLContext trusting(Path certPem) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(certPem)) {
            ks.setCertificateEntry("turn", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
