package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCredentials;
import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Connection;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Fingerprint;
import io.jrtc.sdp.MediaLine;
import io.jrtc.sdp.Msid;
import io.jrtc.sdp.Rtcp;
import io.jrtc.sdp.SessionDescriptionWriter;
import io.jrtc.sdp.Setup;
import io.jrtc.sdp.Ssrc;
import io.jrtc.sdp.SsrcGroup;
import java.util.List;
import java.util.Optional;

/**
 * Writes the m= sections of offers and answers in the attribute order Chromium uses, so that jrtc's
 * SDP reads like a browser's (RFC 9429 sections 5.2.1 and 5.3.1). Each section goes straight into
 * the description's {@link SessionDescriptionWriter}, which checks the whole text once.
 */
final class SectionWriter {
    /** The discard port and address JSEP writes before candidates are known (RFC 9429 section 5.2.1). */
    static final int DISCARD_PORT = 9;

    private SectionWriter() {}

    /** ICE and DTLS parameters written in every section that carries a transport. */
    record Transport(IceCredentials ice, List<Fingerprint> fingerprints, Setup setup) {}

    /**
     * What a sending section announces about its RTP stream (RFC 8830 section 2, RFC 5576).
     *
     * @param rtxSsrc the retransmission SSRC, or 0 for none
     */
    record Sender(Msid msid, String cname, long ssrc, long rtxSsrc) {}

    /** A rejected or stopped section: port 0 and its mid, nothing else (RFC 9429 section 5.2.2). */
    static void rejected(SessionDescriptionWriter b, MSection s) {
        List<String> formats = s.formats();
        if (formats.isEmpty()) {
            formats = s.transceiver() != null && !s.transceiver().codecPreferences().isEmpty()
                    ? s.transceiver().codecPreferences().stream().map(c -> Integer.toString(c.payloadType())).toList()
                    : List.of(s.data() ? MSection.SCTP_FORMAT : "0");
        }
        b.media(new MediaLine(s.media(), 0, s.protocol(), formats)).connection(Connection.UNSPECIFIED_IP4);
        if (s.mid() != null) {
            b.attribute("mid", s.mid());
        }
    }

    /**
     * An RTP section.
     *
     * @param transport null for a bundle-only section, which has none of its own (RFC 9143 section 7.2)
     */
    static void rtp(SessionDescriptionWriter b, String kind, String mid, Transport transport,
            List<ExtMap> extensions, Direction direction, Optional<Sender> sender, List<Codec> codecs,
            boolean rtcpRsize) {
        List<String> formats = new java.util.ArrayList<>(codecs.size());
        boolean rtx = false;
        for (Codec c : codecs) {
            formats.add(Integer.toString(c.payloadType()));
            rtx |= CodecNegotiation.isRtx(c);
        }
        b.media(new MediaLine(kind, transport == null ? 0 : DISCARD_PORT, MSection.RTP_PROTOCOL, formats));
        b.connection(Connection.UNSPECIFIED_IP4);
        b.attribute(new Rtcp(DISCARD_PORT, Optional.of(Connection.UNSPECIFIED_IP4)));
        writeTransport(b, transport);
        b.attribute("mid", mid);
        extensions.forEach(b::attribute);
        b.attribute(direction);
        if (sender.isPresent()) {
            b.attribute(sender.get().msid());
        }
        b.attribute("rtcp-mux");
        if (rtcpRsize) {
            b.attribute("rtcp-rsize");
        }
        codecs.forEach(b::codec);
        if (sender.isPresent()) {
            writeSsrcs(b, sender.get(), rtx);
        }
    }

    /** Chromium's form: the FID group, then cname and msid of each SSRC. */
    private static void writeSsrcs(SessionDescriptionWriter b, Sender s, boolean rtx) {
        boolean withRtx = rtx && s.rtxSsrc() != 0;
        if (withRtx) {
            b.attribute(new SsrcGroup("FID", List.of(s.ssrc(), s.rtxSsrc())));
        }
        String msid = s.msid().streamId() + s.msid().trackId().map(t -> " " + t).orElse("");
        for (long ssrc : withRtx ? List.of(s.ssrc(), s.rtxSsrc()) : List.of(s.ssrc())) {
            b.attribute(Ssrc.of(ssrc, "cname", s.cname()));
            b.attribute(Ssrc.of(ssrc, "msid", msid));
        }
    }

    /** The data channel section (RFC 8841 sections 4 to 6). */
    static void data(SessionDescriptionWriter b, String mid, Transport transport, int sctpPort, long maxMessageSize) {
        b.media(new MediaLine("application", transport == null ? 0 : DISCARD_PORT, MSection.SCTP_PROTOCOL,
                List.of(MSection.SCTP_FORMAT)));
        b.connection(Connection.UNSPECIFIED_IP4);
        writeTransport(b, transport);
        b.attribute("mid", mid);
        b.attribute("sctp-port", Integer.toString(sctpPort));
        b.attribute("max-message-size", Long.toString(maxMessageSize));
    }

    static void writeTransport(SessionDescriptionWriter b, Transport t) {
        if (t == null) {
            b.attribute("bundle-only");
            return;
        }
        b.attribute("ice-ufrag", t.ice().ufrag());
        b.attribute("ice-pwd", t.ice().pwd());
        b.attribute("ice-options", "trickle");
        t.fingerprints().forEach(b::attribute);
        b.attribute(t.setup());
    }
}
