package io.jrtc.sdp;

import java.util.Locale;

/**
 * {@code a=setup}: which side opens the DTLS connection (RFC 4145 section 4, used for DTLS by RFC
 * 8842 section 5). An offer says {@link #ACTPASS}; the answer picks {@link #ACTIVE} or {@link
 * #PASSIVE}.
 */
public enum Setup implements TypedAttribute {
    /** The endpoint will initiate the connection (the DTLS client). */
    ACTIVE("active"),
    /** The endpoint will accept a connection (the DTLS server). */
    PASSIVE("passive"),
    /** The endpoint can do either; offers use this. */
    ACTPASS("actpass"),
    /** The endpoint does not want a connection now. */
    HOLDCONN("holdconn");

    /** The syntax named in parse errors. */
    static final String SYNTAX = "a=setup:actpass|active|passive|holdconn";

    private final String sdpName;

    Setup(String sdpName) {
        this.sdpName = sdpName;
    }

    /**
     * The role named {@code value}, ignoring case.
     *
     * @throws IllegalArgumentException if it is not one of actpass, active, passive, holdconn
     */
    public static Setup fromString(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (Setup s : values()) {
            if (s.sdpName.equals(lower)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a setup role: '" + value + "'");
    }

    @Override
    public Attribute toAttribute() {
        return Attribute.of("setup", sdpName);
    }

    /** The SDP name, e.g. {@code "actpass"}. */
    @Override
    public String toString() {
        return sdpName;
    }
}
