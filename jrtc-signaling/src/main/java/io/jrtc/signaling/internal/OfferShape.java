package io.jrtc.signaling.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * What WHIP and WHEP accept of an offer's media sections, checked before jrtc answers so that an
 * unsupported offer is refused whole (RFC 9725 section 4.4.3: no partially successful answers)
 * instead of being answered with some sections rejected.
 */
public final class OfferShape {
    private OfferShape() {
    }

    /**
     * The reason {@code sdp} cannot be served, or {@code null}. A publisher (WHIP) sends one audio
     * and/or one video track (RFC 9725 section 4.4.2) and must not offer recvonly or inactive media
     * (section 4.2); a WHEP viewer receives one track per kind and must not offer sendonly or inactive.
     */
    public static String problem(String sdp, boolean publisher) {
        Map<String, Integer> perKind = new HashMap<>();
        String sessionDirection = "sendrecv";
        String kind = null;
        String direction = null;
        boolean active = false;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("m=")) {
                String p = check(kind, active, direction == null ? sessionDirection : direction, publisher);
                if (p != null) {
                    return p;
                }
                String[] f = line.substring(2).split(" ");
                kind = f[0];
                active = f.length > 1 && !f[1].equals("0");
                direction = null;
                if (active && (kind.equals("audio") || kind.equals("video")) && perKind.merge(kind, 1, Integer::sum) > 1) {
                    return "only one " + kind + " track per session is supported (RFC 9725 section 4.4.2); the offer has more";
                }
            } else if (isDirection(line)) {
                if (kind == null) {
                    sessionDirection = line.substring(2);
                } else {
                    direction = line.substring(2);
                }
            }
        }
        return check(kind, active, direction == null ? sessionDirection : direction, publisher);
    }

    private static boolean isDirection(String line) {
        return line.equals("a=sendrecv") || line.equals("a=sendonly") || line.equals("a=recvonly") || line.equals("a=inactive");
    }

    private static String check(String kind, boolean active, String direction, boolean publisher) {
        if (kind == null || !active || !(kind.equals("audio") || kind.equals("video"))) {
            return null;
        }
        if (publisher && (direction.equals("recvonly") || direction.equals("inactive"))) {
            return "a WHIP publisher sends media: its " + kind + " section must be sendonly or sendrecv, not " + direction;
        }
        if (!publisher && (direction.equals("sendonly") || direction.equals("inactive"))) {
            return "a WHEP viewer receives media: its " + kind + " section must be recvonly or sendrecv, not " + direction;
        }
        return null;
    }
}
