package io.jrtc.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=simulcast}: the simulcast streams sent and received in a media section (RFC 8853 section
 * 5.1), e.g. {@code a=simulcast:send f;h;~q recv r}.
 *
 * <p>Each direction is a list of simulcast streams separated by {@code ;}; each of those is a list
 * of alternatives separated by {@code ,} (the first one preferred).
 *
 * @param send the streams this endpoint sends, each a list of alternatives; empty if none
 * @param recv the streams this endpoint receives, each a list of alternatives; empty if none
 */
public record Simulcast(List<List<SimulcastStream>> send, List<List<SimulcastStream>> recv)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=simulcast:send|recv <rid>[,<alt rid>][;<rid>...][ send|recv <rid>...]";

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException if both directions are empty or a stream has no alternative
     */
    public Simulcast {
        send = copy(send);
        recv = copy(recv);
        Syntax.require(!send.isEmpty() || !recv.isEmpty(), "simulcast needs send or recv streams");
    }

    /** Sends one stream per rid, no alternatives, e.g. {@code sending("f", "h", "q")}. */
    public static Simulcast sending(String... rids) {
        List<List<SimulcastStream>> streams = new ArrayList<>();
        for (String rid : rids) {
            streams.add(List.of(SimulcastStream.of(rid)));
        }
        return new Simulcast(streams, List.of());
    }

    /** The preferred (first) alternative of each sent stream, in order. */
    public List<SimulcastStream> sendStreams() {
        return send.stream().map(alternatives -> alternatives.get(0)).toList();
    }

    /** The preferred (first) alternative of each received stream, in order. */
    public List<SimulcastStream> recvStreams() {
        return recv.stream().map(alternatives -> alternatives.get(0)).toList();
    }

    private static List<List<SimulcastStream>> copy(List<List<SimulcastStream>> streams) {
        List<List<SimulcastStream>> out = new ArrayList<>();
        for (List<SimulcastStream> alternatives : streams) {
            Syntax.require(!alternatives.isEmpty(), "a simulcast stream needs at least one rid");
            out.add(List.copyOf(alternatives));
        }
        return List.copyOf(out);
    }

    static Simulcast parse(String value) {
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() == 2 || w.size() == 4);
        List<List<SimulcastStream>> send = List.of();
        List<List<SimulcastStream>> recv = List.of();
        for (int i = 0; i < w.size(); i += 2) {
            List<List<SimulcastStream>> streams = parseList(w.get(i + 1));
            switch (w.get(i)) {
                case "send" -> {
                    Syntax.require(send.isEmpty());
                    send = streams;
                }
                case "recv" -> {
                    Syntax.require(recv.isEmpty());
                    recv = streams;
                }
                default -> Syntax.require(false);
            }
        }
        return new Simulcast(send, recv);
    }

    /** RFC 8853 section 5.1: {@code sc-str-list = sc-alt-list *( ";" sc-alt-list )}. */
    private static List<List<SimulcastStream>> parseList(String text) {
        List<List<SimulcastStream>> out = new ArrayList<>();
        for (String alternatives : Syntax.split(text, ';')) {
            List<SimulcastStream> alts = new ArrayList<>();
            for (String id : Syntax.split(alternatives, ',')) {
                alts.add(SimulcastStream.parse(id));
            }
            out.add(alts);
        }
        return out;
    }

    @Override
    public Attribute toAttribute() {
        List<String> parts = new ArrayList<>();
        if (!send.isEmpty()) {
            parts.add("send " + listValue(send));
        }
        if (!recv.isEmpty()) {
            parts.add("recv " + listValue(recv));
        }
        return Attribute.of("simulcast", String.join(" ", parts));
    }

    private static String listValue(List<List<SimulcastStream>> streams) {
        List<String> out = new ArrayList<>();
        for (List<SimulcastStream> alternatives : streams) {
            out.add(String.join(",", alternatives.stream().map(SimulcastStream::toValue).toList()));
        }
        return String.join(";", out);
    }
}
