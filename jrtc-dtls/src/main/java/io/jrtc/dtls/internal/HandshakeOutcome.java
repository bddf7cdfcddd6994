package io.jrtc.dtls.internal;

import io.jrtc.dtls.SrtpKeyingMaterial;
import io.jrtc.dtls.SrtpProfile;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;

/**
 * What the BC peer callbacks learn during a handshake (on the handshake thread) and the driver
 * reads afterwards; the hand-off through the pipe's lock makes the writes visible.
 */
public final class HandshakeOutcome {
    volatile SrtpProfile profile;
    volatile SrtpKeyingMaterial keys;
    volatile String lastAlert;
    volatile int lastAlertCode = -1;
    volatile String verifyFailure;
    volatile int cipherSuite = -1;

    /** The negotiated cipher suite, or -1 before the hello messages. */
    public int cipherSuite() {
        return cipherSuite;
    }

    /** The negotiated keying material, or null without use_srtp. */
    public SrtpKeyingMaterial keys() {
        return keys;
    }

    /** A text naming the last fatal alert sent or received, or null. */
    public String lastAlert() {
        return lastAlert;
    }

    /** The last fatal alert's description number, or -1. */
    public int lastAlertCode() {
        return lastAlertCode;
    }

    /** Why the peer's certificate was refused, or null. */
    public String verifyFailure() {
        return verifyFailure;
    }

    void alert(boolean sent, short level, short description, String message) {
        if (level != AlertLevel.fatal) {
            return;
        }
        lastAlertCode = description;
        lastAlert = (sent ? "sent" : "received") + " fatal alert " + AlertDescription.getText(description)
                + (message == null ? "" : ": " + message);
    }
}
