package io.jrtc.ice;

import io.jrtc.stun.StunCredentials;

/** Credentials with the short-term MESSAGE-INTEGRITY key computed once (RFC 8489 §9.1.1). */
final class Credentials {
    final IceCredentials ice;
    final byte[] key;

    Credentials(IceCredentials ice) {
        this.ice = ice;
        this.key = StunCredentials.shortTermKey(ice.pwd());
    }

    String ufrag() {
        return ice.ufrag();
    }
}
