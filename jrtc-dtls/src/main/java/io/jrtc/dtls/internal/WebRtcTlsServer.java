package io.jrtc.dtls.internal;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Vector;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import io.jrtc.dtls.SrtpProfile;

/**
 * BC's DTLS server as WebRTC needs it: it demands the client's certificate (both sides are
 * authenticated by fingerprint, RFC 8827 §6.5) and answers use_srtp with one profile.
 */
public final class WebRtcTlsServer extends DefaultTlsServer {
    private final PeerSettings settings;
    private final HandshakeOutcome outcome;
    private SrtpProfile selected;

    /** A server for one handshake. */
    public WebRtcTlsServer(PeerSettings settings, HandshakeOutcome outcome) {
        super(settings.crypto());
        this.settings = settings;
        this.outcome = outcome;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return CipherSuites.forServer(settings.ecdsa());
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
        return settings.ecdsa() ? Signers.of(context, settings) : null;
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() throws IOException {
        return settings.ecdsa() ? null : Signers.of(context, settings);
    }

    @Override
    public int getSelectedCipherSuite() throws IOException {
        int suite = super.getSelectedCipherSuite();
        outcome.cipherSuite = suite;
        return suite;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CertificateRequest getCertificateRequest() throws IOException {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        Vector algorithms = OfferedAlgorithms.signatureAlgorithms(getCrypto());
        return new CertificateRequest(types, algorithms, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        FingerprintCheck.verify(clientCertificate, settings.remoteFingerprints(), outcome);
        CertificateValidity.check(clientCertificate, settings.clock().instant(), outcome);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        selected = SrtpNegotiation.serverSelect(clientExtensions, settings.srtpProfiles());
        outcome.profile = selected;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        SrtpNegotiation.answer(extensions, selected);
        return extensions;
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        outcome.keys = SrtpNegotiation.export(context, outcome.profile);
    }

    @Override
    public int getHandshakeResendTimeMillis() {
        return settings.resendMillis();
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        outcome.alert(true, level, description, message);
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        outcome.alert(false, level, description, null);
    }
}
