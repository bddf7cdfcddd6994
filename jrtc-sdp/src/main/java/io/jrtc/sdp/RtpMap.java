package io.jrtc.sdp;

import java.util.List;
import java.util.OptionalInt;

/**
 * {@code a=rtpmap}: what an RTP payload type carries (RFC 8866 section 6.6), e.g. {@code
 * a=rtpmap:111 opus/48000/2}.
 *
 * @param payloadType the RTP payload type, 0 to 127
 * @param encodingName the encoding name, e.g. {@code opus}, {@code VP8}, {@code H264}, {@code rtx}
 *     (compared ignoring case)
 * @param clockRate the RTP clock rate in Hz
 * @param channels the number of audio channels, if written (absent means one)
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, OptionalInt channels)
        implements TypedAttribute {

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a number is out of range or the name is not a token
     */
    public RtpMap {
        Syntax.require(payloadType >= 0 && payloadType <= 127, "payload type must be 0-127", payloadType);
        Syntax.token(encodingName);
        Syntax.require(clockRate >= 1, "clock rate must be positive", clockRate);
        Syntax.require(channels != null, "channels must not be null; use OptionalInt.empty()");
        channels.ifPresent(c -> Syntax.require(c >= 1, "channels must be positive", c));
    }

    /** A mapping without a channel count, e.g. {@code 96 VP8/90000}. */
    public RtpMap(int payloadType, String encodingName, int clockRate) {
        this(payloadType, encodingName, clockRate, OptionalInt.empty());
    }

    /** A mapping with a channel count, e.g. {@code 111 opus/48000/2}. */
    public RtpMap(int payloadType, String encodingName, int clockRate, int channels) {
        this(payloadType, encodingName, clockRate, OptionalInt.of(channels));
    }

    /** True if the encoding has this name, ignoring case as RFC 4855 section 3 requires. */
    public boolean isEncoding(String name) {
        return encodingName.equalsIgnoreCase(name);
    }

    static RtpMap parse(String value) {
        int sp = value.indexOf(' ');
        Syntax.require(sp > 0);
        int pt = Syntax.payloadType(value.substring(0, sp));
        List<String> parts = Syntax.split(value.substring(sp + 1), '/');
        Syntax.require(parts.size() == 2 || parts.size() == 3);
        int clockRate = Syntax.integer(parts.get(1), 1, Integer.MAX_VALUE);
        OptionalInt channels = parts.size() == 3
                ? OptionalInt.of(Syntax.integer(parts.get(2), 1, 255))
                : OptionalInt.empty();
        return new RtpMap(pt, parts.get(0), clockRate, channels);
    }

    @Override
    public Attribute toAttribute() {
        String ch = channels.isPresent() ? "/" + channels.getAsInt() : "";
        return Attribute.of("rtpmap", payloadType + " " + encodingName + "/" + clockRate + ch);
    }
}
