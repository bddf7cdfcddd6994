package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code m=} line that opens a media section (RFC 8866 section 5.14), e.g. {@code m=audio 9
 * UDP/TLS/RTP/SAVPF 111 0} or {@code m=application 9 UDP/DTLS/SCTP webrtc-datachannel}.
 *
 * @param media the media type: {@code audio}, {@code video}, {@code application}, ...
 * @param port the transport port; 9 (discard) in WebRTC, 0 for a rejected section (RFC 9429)
 * @param portCount the number of ports after a slash, if written
 * @param protocol the transport protocol, e.g. {@code UDP/TLS/RTP/SAVPF}
 * @param formats the media formats: RTP payload types, or e.g. {@code webrtc-datachannel}
 */
public record MediaLine(
        String media, int port, OptionalInt portCount, String protocol, List<String> formats) {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "m=<media> <port>[/<number of ports>] <proto> <fmt> ...";

    /**
     * Validates the fields and copies the format list.
     *
     * @throws IllegalArgumentException if a field is not a token or a number is out of range
     */
    public MediaLine {
        Syntax.token(media);
        Syntax.require(port >= 0 && port <= 65535, "port out of range", port);
        Syntax.require(portCount != null, "portCount must not be null");
        portCount.ifPresent(n -> Syntax.require(n >= 1, "port count must be positive"));
        Syntax.require(protocol != null && !protocol.isEmpty(), "protocol must not be empty");
        // RFC 8866 section 9: proto = token *("/" token)
        int start = 0;
        for (int i = 0; i <= protocol.length(); i++) {
            if (i == protocol.length() || protocol.charAt(i) == '/') {
                if (!Syntax.isToken(protocol, start, i)) {
                    Syntax.token(protocol.substring(start, i));
                }
                start = i + 1;
            }
        }
        formats = List.copyOf(formats);
        formats.forEach(Syntax::token);
    }

    /** A media line with a single port. */
    public MediaLine(String media, int port, String protocol, List<String> formats) {
        this(media, port, OptionalInt.empty(), protocol, formats);
    }

    /** The formats that are RTP payload types (decimal numbers 0 to 127), in order. */
    public List<Integer> payloadTypes() {
        List<Integer> out = new ArrayList<>();
        for (String f : formats) {
            if (Syntax.isDigits(f) && f.length() <= 3 && Integer.parseInt(f) <= 127) {
                out.add(Integer.parseInt(f));
            }
        }
        return List.copyOf(out);
    }

    /** This line with another port, e.g. 0 to reject the section. */
    public MediaLine withPort(int newPort) {
        return new MediaLine(media, newPort, portCount, protocol, formats);
    }

    /** This line with other formats. */
    public MediaLine withFormats(List<String> newFormats) {
        return new MediaLine(media, port, portCount, protocol, newFormats);
    }

    static MediaLine parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() >= 3);
        String portText = w.get(1);
        int slash = portText.indexOf('/');
        int port = Syntax.port(slash < 0 ? portText : portText.substring(0, slash));
        OptionalInt count = slash < 0
                ? OptionalInt.empty()
                : OptionalInt.of(Syntax.integer(portText.substring(slash + 1), 1, 65535));
        return new MediaLine(w.get(0), port, count, w.get(2), w.subList(3, w.size()));
    }

    String toValue() {
        StringBuilder out = new StringBuilder(media).append(' ').append(port);
        portCount.ifPresent(n -> out.append('/').append(n));
        out.append(' ').append(protocol);
        formats.forEach(f -> out.append(' ').append(f));
        return out.toString();
    }
}
