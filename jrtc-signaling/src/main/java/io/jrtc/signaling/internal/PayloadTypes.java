package io.jrtc.signaling.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codec behind each RTP payload type of an SDP, by media kind, read from {@code a=rtpmap}
 * (RFC 8866 section 6.6). Forwarding a publisher's RTP to a viewer needs it: the two negotiated
 * independently, so the same codec may carry different payload type numbers.
 */
public final class PayloadTypes {
    /** kind ("audio"/"video") -> payload type -> "name/clock[/channels]" in lower case. */
    private final Map<String, Map<Integer, String>> byKind = new HashMap<>();

    private PayloadTypes() {
    }

    /** Reads the rtpmap lines of {@code sdp}; lines it does not understand are skipped. */
    public static PayloadTypes of(String sdp) {
        PayloadTypes t = new PayloadTypes();
        String kind = null;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                int sp = line.indexOf(' ');
                kind = sp > 2 ? line.substring(2, sp) : null;
            } else if (kind != null && line.startsWith("a=rtpmap:")) {
                int sp = line.indexOf(' ');
                if (sp < 0) {
                    continue;
                }
                try {
                    int pt = Integer.parseInt(line.substring(9, sp).trim());
                    t.byKind.computeIfAbsent(kind, k -> new HashMap<>())
                            .putIfAbsent(pt, line.substring(sp + 1).trim().toLowerCase(Locale.ROOT));
                } catch (NumberFormatException e) {
                    // Not a payload type number: not an rtpmap we can use.
                }
            }
        }
        return t;
    }

    /**
     * Whether {@code pt} carries media itself rather than repair data: retransmissions (RTX, RFC
     * 4588) and FEC belong to their own SSRC and sequence space, which a single forwarded SSRC
     * cannot carry, so forwarding and echo leave them out (and with them the sender's padding probes).
     */
    public boolean isPrimary(String kind, int pt) {
        String codec = codec(kind, pt);
        return codec != null && !codec.startsWith("rtx/") && !codec.startsWith("ulpfec/") && !codec.startsWith("flexfec");
    }

    /** The codec of {@code pt} for {@code kind}, or null. */
    public String codec(String kind, int pt) {
        return byKind.getOrDefault(kind, Map.of()).get(pt);
    }

    /** The first payload type carrying {@code codec} for {@code kind}, or -1. */
    public int payloadType(String kind, String codec) {
        for (Map.Entry<Integer, String> e : byKind.getOrDefault(kind, Map.of()).entrySet()) {
            if (e.getValue().equals(codec)) {
                return e.getKey();
            }
        }
        return -1;
    }
}
