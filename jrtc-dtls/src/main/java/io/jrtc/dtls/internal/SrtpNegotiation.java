package io.jrtc.dtls.internal;

import io.jrtc.dtls.SrtpKeyingMaterial;
import io.jrtc.dtls.SrtpProfile;
import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;

/** The use_srtp extension (RFC 5764 §4.1) and the keying-material export (§4.2). */
final class SrtpNegotiation {
    private SrtpNegotiation() {}

    /** Adds our profiles, in preference order and without MKI, to ClientHello extensions. */
    @SuppressWarnings("rawtypes")
    static void offer(Hashtable extensions, List<SrtpProfile> profiles) throws IOException {
        if (profiles.isEmpty()) {
            return;
        }
        int[] ids = profiles.stream().mapToInt(SrtpProfile::id).toArray();
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(ids, TlsUtils.EMPTY_BYTES));
    }

    /**
     * The client's reading of the ServerHello: the server must pick exactly one profile we
     * offered (RFC 5764 §4.1.1), else the handshake fails with illegal_parameter.
     */
    @SuppressWarnings("rawtypes")
    static SrtpProfile clientSelected(Hashtable serverExtensions, List<SrtpProfile> offered) throws IOException {
        UseSRTPData data = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
        if (data == null) {
            return null;
        }
        int[] ids = data.getProtectionProfiles();
        SrtpProfile chosen = ids.length == 1 ? SrtpProfile.fromId(ids[0]) : null;
        if (chosen == null || !offered.contains(chosen)) {
            throw new TlsFatalAlert(AlertDescription.illegal_parameter, "server selected an SRTP profile we did not offer");
        }
        return chosen;
    }

    /** The server's choice: our most preferred profile that the client offered, or null. */
    @SuppressWarnings("rawtypes")
    static SrtpProfile serverSelect(Hashtable clientExtensions, List<SrtpProfile> ours) throws IOException {
        UseSRTPData data = clientExtensions == null ? null : TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (data == null) {
            return null;
        }
        for (SrtpProfile p : ours) {
            for (int id : data.getProtectionProfiles()) {
                if (id == p.id()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Adds the chosen profile to the ServerHello extensions. */
    @SuppressWarnings("rawtypes")
    static void answer(Hashtable extensions, SrtpProfile chosen) throws IOException {
        if (chosen != null) {
            TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(new int[] {chosen.id()}, TlsUtils.EMPTY_BYTES));
        }
    }

    /** Exports {@code EXTRACTOR-dtls_srtp}; only valid inside notifyHandshakeComplete. */
    static SrtpKeyingMaterial export(TlsContext context, SrtpProfile profile) {
        if (profile == null) {
            return null;
        }
        byte[] bytes = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, profile.keyingMaterialLength());
        return new SrtpKeyingMaterial(profile, bytes);
    }
}
