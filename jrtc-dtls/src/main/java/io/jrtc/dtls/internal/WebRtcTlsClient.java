package io.jrtc.dtls.internal;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Vector;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;

/** BC's DTLS client as WebRTC needs it: DTLS 1.2, browser suites, EMS, use_srtp, fingerprint check. */
public final class WebRtcTlsClient extends DefaultTlsClient {
    private final PeerSettings settings;
    private final HandshakeOutcome outcome;

    /** A client for one handshake. */
    public WebRtcTlsClient(PeerSettings settings, HandshakeOutcome outcome) {
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
        return CipherSuites.ALL.clone();
    }

    /** A constant list instead of BC asking the crypto about every group on each ClientHello; same bytes. */
    @Override
    @SuppressWarnings("rawtypes")
    protected Vector getSupportedGroups(Vector namedGroupRoles) {
        return OfferedAlgorithms.groups(getCrypto());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected Vector getSupportedSignatureAlgorithms() {
        return OfferedAlgorithms.signatureAlgorithms(getCrypto());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected Vector getNamedGroupRoles() {
        return OfferedAlgorithms.namedGroupRoles();
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        // RFC 7627; every browser supports it, and without it the SRTP keys are not bound to the session.
        return true;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = super.getClientExtensions();
        if (extensions == null) {
            extensions = new Hashtable();
        }
        SrtpNegotiation.offer(extensions, settings.srtpProfiles());
        return extensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        outcome.profile = SrtpNegotiation.clientSelected(serverExtensions, settings.srtpProfiles());
    }

    @Override
    public void notifySelectedCipherSuite(int selectedCipherSuite) {
        super.notifySelectedCipherSuite(selectedCipherSuite);
        outcome.cipherSuite = selectedCipherSuite;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                FingerprintCheck.verify(serverCertificate.getCertificate(), settings.remoteFingerprints(), outcome);
                CertificateValidity.check(serverCertificate.getCertificate(), settings.clock().instant(), outcome);
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                return Signers.of(context, settings);
            }
        };
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
