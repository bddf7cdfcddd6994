package io.jrtc.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code a=candidate}: an ICE candidate (RFC 8839 section 5.1), e.g. {@code candidate:842163049 1
 * udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.0.5 rport 46154 generation 0}.
 *
 * <p>Also the form a trickled candidate takes in {@code RTCIceCandidate.candidate}; see {@link
 * #parse(String)} and {@link #toString()}.
 *
 * @param foundation the foundation, 1 to 32 ice-chars
 * @param component the component id, 1 for RTP (and everything with rtcp-mux), 2 for RTCP
 * @param transport the transport as written, {@code udp} or {@code tcp} (compared ignoring case)
 * @param priority the priority, 0 to 2^32-1 (RFC 8445 section 5.1.2)
 * @param address the address: IPv4, IPv6, or an mDNS name ending in {@code .local}
 * @param port the port
 * @param type the candidate type: {@code host}, {@code srflx}, {@code prflx}, {@code relay}, or
 *     another token
 * @param relatedAddress {@code raddr}, if written
 * @param relatedPort {@code rport}, if written
 * @param extensions the remaining name/value pairs in order, e.g. {@code tcptype} (RFC 6544),
 *     {@code generation}, {@code ufrag}, {@code network-id}, {@code network-cost}
 */
public record Candidate(
        String foundation,
        int component,
        String transport,
        long priority,
        String address,
        int port,
        String type,
        Optional<String> relatedAddress,
        OptionalInt relatedPort,
        Map<String, String> extensions)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=candidate:<foundation> <component> <transport> <priority> <address> <port>"
            + " typ <type>[ raddr <address>][ rport <port>][ <name> <value>]...";

    /**
     * Validates the fields and copies the extensions.
     *
     * @throws IllegalArgumentException if a field is out of range or holds characters RFC 8839
     *     does not allow there
     */
    public Candidate {
        Syntax.require(Syntax.isIceChars(foundation) && foundation.length() <= 32, "foundation must be 1-32 ice-chars");
        Syntax.require(component >= 1 && component <= 256, "component must be 1-256", component);
        Syntax.token(transport);
        Syntax.require(priority >= 0 && priority <= 0xffff_ffffL, "priority must be 0 to 2^32-1");
        Syntax.word(address);
        Syntax.require(port >= 0 && port <= 65535, "port out of range", port);
        Syntax.token(type);
        Syntax.require(relatedAddress != null && relatedPort != null, "optional fields must not be null");
        relatedAddress.ifPresent(Syntax::word);
        relatedPort.ifPresent(p -> Syntax.require(p >= 0 && p <= 65535, "rport out of range", p));
        Map<String, String> copy = new LinkedHashMap<>(extensions);
        copy.forEach((k, v) -> {
            Syntax.token(k);
            Syntax.word(v);
        });
        extensions = Collections.unmodifiableMap(copy);
    }

    /** A candidate without related address or extensions. */
    public static Candidate of(
            String foundation, int component, String transport, long priority, String address, int port, String type) {
        return new Candidate(foundation, component, transport, priority, address, port, type,
                Optional.empty(), OptionalInt.empty(), Map.of());
    }

    /** This candidate with {@code raddr} and {@code rport}, as reflexive and relayed ones have. */
    public Candidate withRelated(String raddr, int rport) {
        return new Candidate(foundation, component, transport, priority, address, port, type,
                Optional.of(raddr), OptionalInt.of(rport), extensions);
    }

    /** This candidate with one more (or a replaced) extension, e.g. {@code ("generation", "0")}. */
    public Candidate withExtension(String name, String value) {
        Map<String, String> ext = new LinkedHashMap<>(extensions);
        ext.put(name, value);
        return new Candidate(foundation, component, transport, priority, address, port, type,
                relatedAddress, relatedPort, ext);
    }

    /** The value of an extension, e.g. {@code extension("ufrag")}. */
    public Optional<String> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }

    /** The TCP candidate type ({@code active}, {@code passive}, {@code so}; RFC 6544 section 4.5). */
    public Optional<String> tcpType() {
        return extension("tcptype");
    }

    /**
     * Parses a candidate as it is trickled: {@code candidate:...}, also with the {@code a=} prefix
     * or without any prefix.
     *
     * @throws SdpParseException if the text is not a candidate; the line number is 1
     */
    public static Candidate parse(String text) {
        String value = valueOf(text);
        try {
            return parseValue(value);
        } catch (IllegalArgumentException e) {
            throw new SdpParseException(1, text, SYNTAX);
        }
    }

    /** The text after the optional {@code a=} and {@code candidate:} prefixes. */
    static String valueOf(String text) {
        String value = text == null ? "" : text;
        if (value.startsWith("a=")) {
            value = value.substring(2);
        }
        if (value.startsWith("candidate:")) {
            value = value.substring("candidate:".length());
        }
        return value;
    }

    /** Parses the text after {@code a=candidate:}; fails with IllegalArgumentException. */
    static Candidate parseValue(String value) {
        Syntax.lineText(value);
        List<String> w = Syntax.words(value);
        Syntax.require(w.size() >= 8 && w.get(6).equals("typ") && w.size() % 2 == 0);
        Optional<String> raddr = Optional.empty();
        OptionalInt rport = OptionalInt.empty();
        int i = 8;
        if (i < w.size() && w.get(i).equals("raddr")) {
            raddr = Optional.of(w.get(i + 1));
            i += 2;
        }
        if (i < w.size() && w.get(i).equals("rport")) {
            rport = OptionalInt.of(Syntax.port(w.get(i + 1)));
            i += 2;
        }
        Map<String, String> ext = new LinkedHashMap<>();
        for (; i < w.size(); i += 2) {
            Syntax.require(!ext.containsKey(w.get(i)));
            ext.put(w.get(i), w.get(i + 1));
        }
        return new Candidate(w.get(0), Syntax.integer(w.get(1), 1, 256), w.get(2),
                Syntax.number(w.get(3), 0, 0xffff_ffffL), w.get(4), Syntax.port(w.get(5)), w.get(7),
                raddr, rport, ext);
    }

    /** The text after {@code a=candidate:}. */
    String toValue() {
        StringBuilder out = new StringBuilder()
                .append(foundation).append(' ').append(component).append(' ').append(transport).append(' ')
                .append(priority).append(' ').append(address).append(' ').append(port).append(" typ ").append(type);
        relatedAddress.ifPresent(a -> out.append(" raddr ").append(a));
        relatedPort.ifPresent(p -> out.append(" rport ").append(p));
        extensions.forEach((k, v) -> out.append(' ').append(k).append(' ').append(v));
        return out.toString();
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("candidate", toValue());
    }

    /** The candidate as {@code RTCIceCandidate.candidate} carries it: {@code candidate:...}. */
    @Override
    public String toString() {
        return "candidate:" + toValue();
    }
}
