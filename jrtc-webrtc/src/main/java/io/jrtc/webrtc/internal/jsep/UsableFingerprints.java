package io.jrtc.webrtc.internal.jsep;

import io.jrtc.dtls.DtlsFingerprint;
import io.jrtc.sdp.Fingerprint;
import io.jrtc.sdp.MediaDescription;
import java.util.List;

/**
 * The remote fingerprints DTLS can check the peer's certificate against (RFC 8122 section 5): a
 * hash jrtc supports (sha-1, sha-256, sha-384, sha-512) with a digest of that hash's length.
 * Others (an unknown hash, a truncated digest) are ignored; a section with none is refused.
 */
final class UsableFingerprints {
    private UsableFingerprints() {}

    static List<Fingerprint> of(MediaDescription m) {
        List<Fingerprint> all = m.fingerprints();
        List<Fingerprint> out = new java.util.ArrayList<>(all.size());
        for (Fingerprint f : all) {
            if (usable(f)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** True if one of {@code fingerprints} is usable. */
    static boolean any(List<Fingerprint> fingerprints) {
        for (Fingerprint f : fingerprints) {
            if (usable(f)) {
                return true;
            }
        }
        return false;
    }

    static boolean usable(Fingerprint f) {
        try {
            new DtlsFingerprint(f.hashFunction(), f.bytes()); // the one place that knows the hashes and lengths
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
