package io.jrtc.stun;

/**
 * An attribute whose value is UTF-8 text: USERNAME, REALM, NONCE, SOFTWARE.
 *
 * <p>The value is kept as the bytes that were on the wire, so re-encoding a decoded message
 * reproduces it exactly even when a peer sent malformed UTF-8; {@link #value()} decodes it, with
 * U+FFFD for malformed sequences. Equality compares the bytes.
 */
public sealed interface TextAttribute extends StunAttribute permits Username, Realm, Nonce, Software {

    /** The text (malformed UTF-8 on the wire shows as U+FFFD). */
    String value();

    /** A copy of the UTF-8 bytes as sent. */
    byte[] bytes();
}
