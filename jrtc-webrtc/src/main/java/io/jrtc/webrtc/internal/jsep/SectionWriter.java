package io.jrtc.webrtc.internal.jsep;

import io.jrtc.ice.IceCredentials;
import io.jrtc.sdp.Codec;
import io.jrtc.sdp.Connection;
import io.jrtc.sdp.Direction;
import io.jrtc.sdp.ExtMap;
import io.jrtc.sdp.Fingerprint;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.MediaDescriptionBuilder;
import io.jrtc.sdp.MediaLine;
import io.jrtc.sdp.Msid;
import io.jrtc.sdp.Rtcp;
import io.jrtc.sdp.Setup;
import io.jrtc.sdp.Ssrc;
import io.jrtc.sdp.SsrcGroup;
import java.util.List;
import java.util.Optional;

/**
 * Writes the m= sections of offers and answers in the attribute order Chromium uses, so that jrtc's
 * SDP reads like a browser's (RFC 9429 sections 5.2.1 and 5.3.1).
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
    static MediaDescription rejected(MSection s) {
        List<String> formats = s.formats();
        if (formats.isEmpty()) {
            formats = s.transceiver() != null && !s.transceiver().codecPreferences().isEmpty()
                    ? s.transceiver().codecPreferences().stream().map(c -> Integer.toString(c.payloadType())).toList()
                    : List.of(s.data() ? MSection.SCTP_FORMAT : "0");
        }
        MediaDescriptionBuilder b = MediaDescription.builder(new MediaLine(s.media(), 0, s.protocol(), formats))
                .connection(Connection.UNSPECIFIED_IP4);
        if (s.mid() != null) {
            b.mid(s.mid());
        }
        return b.build();
    }

    /**
     * An RTP section.
     *
     * @param transport null for a bundle-only section, which has none of its own (RFC 9143 section 7.2)
     */
    static MediaDescription rtp(String kind, String mid, Transport transport, List<ExtMap> extensions,
            Direction direction, Optional<Sender> sender, List<Codec> codecs, boolean rtcpRsize) {
        List<String> formats = codecs.stream().map(c -> Integer.toString(c.payloadType())).toList();
        MediaDescriptionBuilder b = MediaDescription.builder(
                new MediaLine(kind, transport == null ? 0 : DISCARD_PORT, MSection.RTP_PROTOCOL, formats));
        b.connection(Connection.UNSPECIFIED_IP4);
        b.rtcp(new Rtcp(DISCARD_PORT, Optional.of(Connection.UNSPECIFIED_IP4)));
        writeTransport(b, transport);
        b.mid(mid);
        extensions.forEach(b::extMap);
        b.direction(direction);
        sender.ifPresent(x -> b.msid(x.msid()));
        b.rtcpMux();
        if (rtcpRsize) {
            b.rtcpRsize();
        }
        codecs.forEach(b::codec);
        sender.ifPresent(x -> writeSsrcs(b, x, codecs.stream().anyMatch(CodecNegotiation::isRtx)));
        return b.build();
    }

    /** Chromium's form: the FID group, then cname and msid of each SSRC. */
    private static void writeSsrcs(MediaDescriptionBuilder b, Sender s, boolean rtx) {
        boolean withRtx = rtx && s.rtxSsrc() != 0;
        if (withRtx) {
            b.ssrcGroup(new SsrcGroup("FID", List.of(s.ssrc(), s.rtxSsrc())));
        }
        String msid = s.msid().streamId() + s.msid().trackId().map(t -> " " + t).orElse("");
        for (long ssrc : withRtx ? List.of(s.ssrc(), s.rtxSsrc()) : List.of(s.ssrc())) {
            b.ssrc(Ssrc.of(ssrc, "cname", s.cname()));
            b.ssrc(Ssrc.of(ssrc, "msid", msid));
        }
    }

    /** The data channel section (RFC 8841 sections 4 to 6). */
    static MediaDescription data(String mid, Transport transport, int sctpPort, long maxMessageSize) {
        MediaDescriptionBuilder b = MediaDescription.builder(new MediaLine("application",
                transport == null ? 0 : DISCARD_PORT, MSection.SCTP_PROTOCOL, List.of(MSection.SCTP_FORMAT)));
        b.connection(Connection.UNSPECIFIED_IP4);
        writeTransport(b, transport);
        b.mid(mid);
        b.sctpPort(sctpPort);
        b.maxMessageSize(maxMessageSize);
        return b.build();
    }

    static void writeTransport(MediaDescriptionBuilder b, Transport t) {
        if (t == null) {
            b.attribute("bundle-only");
            return;
        }
        b.iceUfrag(t.ice().ufrag());
        b.icePwd(t.ice().pwd());
        b.iceOptions("trickle");
        t.fingerprints().forEach(b::fingerprint);
        b.setup(t.setup());
    }
}
