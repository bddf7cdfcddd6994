package io.jrtc.webrtc.internal.jsep;

import io.jrtc.sdp.Connection;
import io.jrtc.sdp.MediaDescription;
import io.jrtc.sdp.MediaLine;
import io.jrtc.sdp.SctpMap;
import io.jrtc.sdp.SessionDescriptionWriter;
import java.util.List;
import java.util.OptionalInt;

/**
 * The data section as stacks older than RFC 8841 write it (draft-ietf-mmusic-sctp-sdp-05, still
 * sent by older browsers and some stacks): {@code m=application 9 DTLS/SCTP 5000} whose format is
 * the SCTP port, and {@code a=sctpmap:5000 webrtc-datachannel 1024} naming the protocol. RFC 9429
 * section 5.1.2 has answerers accept the legacy {@code DTLS/SCTP} profile and answer with the
 * profile the offer used; an old stack understands only its own format, so jrtc answers (and
 * later re-offers) such a section in the same format.
 */
final class LegacyDataSection {
    static final String PROTOCOL = "DTLS/SCTP";
    /** The sctpmap streams value when the offer gave none (what Chrome wrote in this format). */
    private static final int DEFAULT_STREAMS = 1024;

    private LegacyDataSection() {}

    /** A legacy data section: the DTLS/SCTP profile, an sctpmap for webrtc-datachannel on the m= line's port. */
    static boolean is(MediaDescription m) {
        if (!m.protocol().equalsIgnoreCase(PROTOCOL)) {
            return false;
        }
        SctpMap map = m.sctpMap().orElse(null);
        return map != null && map.protocol().equals(MSection.SCTP_FORMAT)
                && m.formats().contains(Integer.toString(map.port()));
    }

    /** A plan section that came from a legacy offer. */
    static boolean is(MSection s) {
        return s.data() && s.protocol().equalsIgnoreCase(PROTOCOL);
    }

    /** The peer's SCTP port: {@code a=sctp-port} (RFC 8841 section 5), else the legacy sctpmap's. */
    static OptionalInt sctpPort(MediaDescription m) {
        OptionalInt port = m.sctpPort();
        if (port.isPresent()) {
            return port;
        }
        return is(m) ? OptionalInt.of(m.sctpMap().orElseThrow().port()) : OptionalInt.empty();
    }

    /**
     * Our data section in the legacy format, for an answer to (or a later offer after) a legacy
     * offer: the offer's streams value is mirrored.
     *
     * @param offeredStreams the peer's sctpmap streams value, if any
     */
    static void write(SessionDescriptionWriter b, String mid, SectionWriter.Transport transport, int sctpPort,
            long maxMessageSize, OptionalInt offeredStreams) {
        String port = Integer.toString(sctpPort);
        b.media(new MediaLine("application", transport == null ? 0 : SectionWriter.DISCARD_PORT, PROTOCOL,
                List.of(port)));
        b.connection(Connection.UNSPECIFIED_IP4);
        SectionWriter.writeTransport(b, transport);
        b.attribute("mid", mid);
        b.attribute(new SctpMap(sctpPort, MSection.SCTP_FORMAT, OptionalInt.of(offeredStreams.orElse(DEFAULT_STREAMS))));
        b.attribute("max-message-size", Long.toString(maxMessageSize));
    }
}
