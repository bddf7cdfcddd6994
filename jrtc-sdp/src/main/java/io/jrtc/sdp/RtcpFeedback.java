package io.jrtc.sdp;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code a=rtcp-fb}: an RTCP feedback message the endpoint supports for a payload type or for all
 * of them (RFC 4585 section 4.2), e.g. {@code a=rtcp-fb:96 nack pli} or {@code a=rtcp-fb:*
 * transport-cc}.
 *
 * @param payloadType the payload type, or empty for {@code *} (all payload types)
 * @param type the feedback type, e.g. {@code nack}, {@code ccm}, {@code goog-remb}, {@code
 *     transport-cc}, {@code trr-int}
 * @param parameter the rest of the line, e.g. {@code pli} or {@code fir}, if any
 */
public record RtcpFeedback(OptionalInt payloadType, String type, Optional<String> parameter)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=rtcp-fb:<payload type>|* <type>[ <parameter>]";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the payload type is out of range or the type is not a
     *     token
     */
    public RtcpFeedback {
        Syntax.require(payloadType != null && parameter != null, "optional fields must not be null");
        payloadType.ifPresent(pt -> Syntax.require(pt >= 0 && pt <= 127, "payload type must be 0-127", pt));
        Syntax.token(type);
        parameter.ifPresent(p -> Syntax.require(!p.isEmpty(), "parameter must not be empty"));
        parameter.ifPresent(Syntax::lineText);
    }

    /** Feedback for one payload type, e.g. {@code of(96, "nack", "pli")}; {@code parameter} may be null. */
    public static RtcpFeedback of(int payloadType, String type, String parameter) {
        return new RtcpFeedback(OptionalInt.of(payloadType), type, Optional.ofNullable(parameter));
    }

    /** Feedback for all payload types ({@code *}); {@code parameter} may be null. */
    public static RtcpFeedback forAll(String type, String parameter) {
        return new RtcpFeedback(OptionalInt.empty(), type, Optional.ofNullable(parameter));
    }

    /** True if this applies to {@code pt}: it names it, or it is written for all ({@code *}). */
    public boolean appliesTo(int pt) {
        return payloadType.isEmpty() || payloadType.getAsInt() == pt;
    }

    static RtcpFeedback parse(String value) {
        int sp1 = value.indexOf(' ');
        Syntax.require(sp1 > 0);
        String ptText = value.substring(0, sp1);
        OptionalInt pt = ptText.equals("*") ? OptionalInt.empty() : OptionalInt.of(Syntax.payloadType(ptText));
        int sp2 = value.indexOf(' ', sp1 + 1);
        if (sp2 < 0) {
            return new RtcpFeedback(pt, value.substring(sp1 + 1), Optional.empty());
        }
        return new RtcpFeedback(pt, value.substring(sp1 + 1, sp2), Optional.of(value.substring(sp2 + 1)));
    }

    @Override
    public Attribute toAttribute() {
        String pt = payloadType.isPresent() ? Integer.toString(payloadType.getAsInt()) : "*";
        return Attribute.of("rtcp-fb", pt + " " + type + parameter.map(p -> " " + p).orElse(""));
    }
}
