package io.jrtc.interop;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The payload types an SDP's m= section negotiated (its {@code a=rtpmap} lines, RFC 8866 §6.6),
 * found by the section's mid: what the tests compare the RTP that jrtc received against.
 */
final class NegotiatedCodecs {
    private NegotiatedCodecs() {}

    /** Payload type to "name/clock[/channels]" (lower case) of the section with this mid; empty if none. */
    static Map<Integer, String> of(String sdp, String mid) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<Integer, String> section = null;
        for (String line : sdp.split("\\r?\\n")) {
            if (line.startsWith("m=")) {
                section = new LinkedHashMap<>();
            } else if (section != null && line.equals("a=mid:" + mid)) {
                out = section;
            } else if (section != null && line.startsWith("a=rtpmap:")) {
                int sp = line.indexOf(' ');
                section.put(Integer.parseInt(line.substring("a=rtpmap:".length(), sp)),
                        line.substring(sp + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The payload type of a codec ("vp8/90000", "opus/48000/2") in the section with this mid. */
    static int payloadType(String sdp, String mid, String codec) {
        for (Map.Entry<Integer, String> e : of(sdp, mid).entrySet()) {
            if (e.getValue().equals(codec)) {
                return e.getKey();
            }
        }
        throw new AssertionError("the section with mid " + mid + " negotiated no " + codec + ":\n" + sdp);
    }
}
