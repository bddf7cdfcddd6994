package io.jrtc.signaling.internal;

import java.util.stream.Collectors;

/**
 * Takes transport-wide congestion control out of a remote offer before jrtc answers it, so the
 * answer does not negotiate it. jrtc does not send transport-cc feedback yet; a browser that
 * negotiated it and gets none shrinks its congestion window until its video pauses.
 */
public final class OfferFilter {
    private OfferFilter() {
    }

    public static String withoutTransportCc(String sdp) {
        String eol = sdp.contains("\r\n") ? "\r\n" : "\n";
        String body = sdp.lines()
                .filter(l -> !(l.startsWith("a=rtcp-fb:") && l.endsWith(" transport-cc")))
                .filter(l -> !(l.startsWith("a=extmap:") && l.contains("transport-wide-cc")))
                .collect(Collectors.joining(eol));
        return body + eol;
    }
}
