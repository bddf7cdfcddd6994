package io.jrtc.sdp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The attributes the parser validates, with their syntax for error messages. Attributes not listed
 * here are kept verbatim without checks (RFC 8866 section 5.13: unknown attributes are ignored).
 */
final class KnownAttributes {
    /** What the parser needs to know about one attribute name. */
    record Spec(String syntax, Function<Attribute, Object> parser) {}

    /** The syntax of any attribute line (RFC 8866 section 5.13). */
    static final String GENERIC_SYNTAX = "a=<attribute>[:<value>]";

    private static final Map<String, Spec> SPECS = new HashMap<>();

    static {
        // Bundle and grouping: RFC 5888 section 5, RFC 9143.
        valued("group", Group.SYNTAX, Group::parse);
        valued("mid", "a=mid:<identification-tag>", Syntax::token);
        valued("msid-semantic", MsidSemantic.SYNTAX, MsidSemantic::parse);
        valued("msid", Msid.SYNTAX, Msid::parse);
        // ICE: RFC 8839 sections 5.1 to 5.6, RFC 8840 section 8.2.
        valued("ice-ufrag", "a=ice-ufrag:<ufrag>", KnownAttributes::iceCredential);
        valued("ice-pwd", "a=ice-pwd:<password>", KnownAttributes::iceCredential);
        valued("ice-options", "a=ice-options:<ice-option-tag>[ <ice-option-tag>...]", IceOptions::parse);
        valued("candidate", Candidate.SYNTAX, Candidate::parseValue);
        flag("ice-lite");
        flag("end-of-candidates");
        // DTLS: RFC 8122 section 5, RFC 4145 section 4.
        valued("fingerprint", Fingerprint.SYNTAX, Fingerprint::parse);
        valued("setup", Setup.SYNTAX, Setup::fromString);
        // RTP: RFC 8866 section 6, RFC 8285, RFC 3605, RFC 5761, RFC 5506, RFC 4585.
        for (Direction d : Direction.values()) {
            SPECS.put(d.toString(), new Spec("a=" + d, a -> {
                Syntax.require(a.value().isEmpty());
                return d;
            }));
        }
        flag("extmap-allow-mixed");
        valued("extmap", ExtMap.SYNTAX, ExtMap::parse);
        valued("rtcp", Rtcp.SYNTAX, Rtcp::parse);
        flag("rtcp-mux");
        flag("rtcp-rsize");
        valued("rtpmap", RtpMap.SYNTAX, RtpMap::parse);
        valued("fmtp", Fmtp.SYNTAX, Fmtp::parse);
        valued("rtcp-fb", RtcpFeedback.SYNTAX, RtcpFeedback::parse);
        // Sources and simulcast: RFC 5576, RFC 8851, RFC 8853.
        valued("ssrc", Ssrc.SYNTAX, Ssrc::parse);
        valued("ssrc-group", SsrcGroup.SYNTAX, SsrcGroup::parse);
        valued("rid", Rid.SYNTAX, Rid::parse);
        valued("simulcast", Simulcast.SYNTAX, Simulcast::parse);
        // SCTP: RFC 8841 sections 5 and 6, draft-ietf-mmusic-sctp-sdp-05.
        valued("sctp-port", "a=sctp-port:<port>", v -> Syntax.port(v));
        valued("max-message-size", "a=max-message-size:<size>", v -> Syntax.number(v, 0, Long.MAX_VALUE));
        valued("sctpmap", SctpMap.SYNTAX, SctpMap::parse);
    }

    private KnownAttributes() {}

    /** The spec of a known attribute. */
    static Optional<Spec> spec(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }

    /** The syntax to name in an error about an attribute called {@code name}. */
    static String syntax(String name) {
        Spec spec = SPECS.get(name);
        return spec == null ? GENERIC_SYNTAX : spec.syntax();
    }

    /**
     * Validates a known attribute and returns its typed value: a {@link TypedAttribute}, or null
     * for attributes whose value is a plain string or number. Unknown attributes pass unchecked.
     *
     * @throws IllegalArgumentException if a known attribute is malformed
     */
    static Object parse(Attribute attribute) {
        Spec spec = SPECS.get(attribute.name());
        if (spec == null) {
            return null;
        }
        Object typed = spec.parser().apply(attribute);
        return typed instanceof TypedAttribute ? typed : null;
    }

    private static void valued(String name, String syntax, Function<String, Object> parser) {
        SPECS.put(name, new Spec(syntax, a -> {
            Syntax.require(a.value().isPresent());
            return parser.apply(withoutTrailingSpaces(a.value().get()));
        }));
    }

    /**
     * The value of a known attribute as its parser reads it. Lenient: trailing spaces are dropped,
     * because werift writes {@code a=simulcast:recv q;h;f } with one.
     */
    static String withoutTrailingSpaces(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(0, end);
    }

    /** A property attribute: it must not have a value. */
    private static void flag(String name) {
        SPECS.put(name, new Spec("a=" + name, a -> {
            Syntax.require(a.value().isEmpty());
            return null;
        }));
    }

    /**
     * RFC 8839 section 5.4: ufrag and pwd are ice-chars, at most 256. The minimum lengths (4 and 22)
     * are not enforced here: checking them is the ICE agent's business, not the parser's.
     */
    private static String iceCredential(String value) {
        Syntax.require(Syntax.isIceChars(value) && value.length() <= 256);
        return value;
    }
}
