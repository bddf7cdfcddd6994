package io.jrtc.signaling.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code application/trickle-ice-sdpfrag} body (RFC 8840 section 9): ICE credentials and
 * candidates, each candidate under the {@code a=mid} before it.
 */
public record SdpFrag(String ufrag, String pwd, List<Candidate> candidates, boolean endOfCandidates) {
    /** One {@code a=candidate} line (without "a=") and the mid it belongs to (may be null). */
    public record Candidate(String mid, String candidate) {
    }

    /**
     * The first line of {@code body} that is not an SDP line ({@code <letter>=<value>}, RFC 8866
     * section 5), or {@code null} when every line is one; such a fragment is malformed (400).
     */
    public static String firstMalformedLine(String body) {
        for (String raw : body.split("\r?\n")) {
            String line = raw.trim();
            if (!line.isEmpty() && (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z')) {
                return line.length() > 80 ? line.substring(0, 80) + "..." : line;
            }
        }
        return null;
    }

    /** Parses a fragment; lines other than the ICE ones are ignored, as RFC 8840 allows. */
    public static SdpFrag parse(String body) {
        String ufrag = null;
        String pwd = null;
        String mid = null;
        boolean end = false;
        List<Candidate> candidates = new ArrayList<>();
        for (String raw : body.split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("a=ice-ufrag:")) {
                ufrag = line.substring(12);
            } else if (line.startsWith("a=ice-pwd:")) {
                pwd = line.substring(10);
            } else if (line.startsWith("a=mid:")) {
                mid = line.substring(6);
            } else if (line.startsWith("a=candidate:")) {
                candidates.add(new Candidate(mid, line.substring(2)));
            } else if (line.equals("a=end-of-candidates")) {
                end = true;
            }
        }
        return new SdpFrag(ufrag, pwd, List.copyOf(candidates), end);
    }

    /**
     * The ICE part of an SDP (credentials and candidates) as a fragment body for a reply, with the
     * same ice-lite/ice-options/ice-pacing lines as the SDP (RFC 9725 section 4.3.3).
     */
    public static String fromSdp(String sdp) {
        StringBuilder out = new StringBuilder();
        StringBuilder options = new StringBuilder();
        String ufrag = null;
        String pwd = null;
        for (String line : sdp.split("\r?\n")) {
            if (line.equals("a=ice-lite") || line.startsWith("a=ice-options:") || line.startsWith("a=ice-pacing:")) {
                if (options.indexOf(line + "\r\n") < 0) {
                    options.append(line).append("\r\n");
                }
            } else if (ufrag == null && line.startsWith("a=ice-ufrag:")) {
                ufrag = line;
            } else if (pwd == null && line.startsWith("a=ice-pwd:")) {
                pwd = line;
            } else if (line.startsWith("m=")) {
                out.append(line).append("\r\n");
            } else if (line.startsWith("a=mid:") || line.startsWith("a=candidate:") || line.equals("a=end-of-candidates")) {
                out.append(line).append("\r\n");
            }
        }
        return options + (ufrag == null ? "" : ufrag + "\r\n") + (pwd == null ? "" : pwd + "\r\n") + out;
    }
}
