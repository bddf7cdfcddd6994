package io.jrtc.stun;

import io.jrtc.stun.internal.Bytes;
import io.jrtc.stun.internal.MessageAuth;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable STUN message (RFC 8489): a type (method and class), a transaction id and a list of
 * attributes, together with its exact wire bytes.
 *
 * <p>Decode with {@link #decode(byte[], int, int)} or {@link #decode(ByteBuffer)}; bad input
 * throws {@link StunParseException} and nothing else. Build with {@link #builder(StunMessageType)}.
 * {@link #encode()} returns the bytes the message was decoded from or built into, so
 * integrity and fingerprint checks run over exactly what was on the wire.
 *
 * <pre>{@code
 * byte[] key = StunCredentials.shortTermKey(remotePassword);
 * StunMessage request = StunMessage.builder(StunMessageType.BINDING_REQUEST)
 *         .add(new Username(remoteUfrag + ":" + localUfrag))
 *         .add(new Priority(priority))
 *         .messageIntegrity(key).fingerprint().build();
 * StunMessage in = StunMessage.decode(datagram, 0, length);
 * boolean authentic = in.checkFingerprint() && in.checkIntegrity(key);
 * }</pre>
 *
 * <p>Equality is by type, transaction id and attributes; padding bytes do not count.
 */
public final class StunMessage {
    /** Length of the STUN header in bytes. */
    public static final int HEADER_LENGTH = 20;
    /** The magic cookie, bytes 4-8 of every RFC 5389/8489 message (RFC 8489 §5). */
    public static final int MAGIC_COOKIE = 0x2112A442;

    private final byte[] wire;
    private final StunMessageType type;
    private final TransactionId transactionId;
    private final List<StunAttribute> attributes;
    private final int[] paddings;
    private final int integrityOffset;
    private final int integritySha256Offset;
    private final int fingerprintOffset;

    /** For the decoder and encoder: {@code wire} is a valid message that nobody else holds. */
    StunMessage(byte[] wire, List<StunAttribute> attributes, int[] paddings,
            int integrityOffset, int integritySha256Offset, int fingerprintOffset) {
        this.wire = wire;
        this.type = StunMessageType.fromValue(Bytes.u16(wire, 0));
        this.transactionId = TransactionId.of(wire, 8);
        this.attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
        this.paddings = paddings;
        this.integrityOffset = integrityOffset;
        this.integritySha256Offset = integritySha256Offset;
        this.fingerprintOffset = fingerprintOffset;
    }

    // ---- decoding

    /**
     * Decodes the message that exactly fills {@code buf[off, off + len)} (a datagram). The bytes
     * are copied once; the caller may reuse {@code buf} afterwards.
     *
     * <p>Attributes after MESSAGE-INTEGRITY other than MESSAGE-INTEGRITY-SHA256 and FINGERPRINT
     * (and after those, all but FINGERPRINT) are ignored, as RFC 8489 §14.5-§14.7 require: they
     * are not in {@link #attributes()}, but remain in {@link #encode()}.
     *
     * @throws StunParseException if the bytes are not a well-formed STUN message
     * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie within {@code buf}
     */
    public static StunMessage decode(byte[] buf, int off, int len) {
        return MessageDecoder.decode(buf, off, len);
    }

    /** Decodes the message that exactly fills {@code buf}. */
    public static StunMessage decode(byte[] buf) {
        return MessageDecoder.decode(buf, 0, buf.length);
    }

    /**
     * Decodes the message that exactly fills the buffer's remaining bytes and, on success,
     * advances its position to its limit. On failure the position is unchanged.
     *
     * @throws StunParseException if the bytes are not a well-formed STUN message
     */
    public static StunMessage decode(ByteBuffer buf) {
        StunMessage m;
        if (buf.hasArray()) {
            m = MessageDecoder.decode(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        } else {
            byte[] copy = new byte[buf.remaining()];
            buf.duplicate().get(copy);
            m = MessageDecoder.decode(copy, 0, copy.length);
        }
        buf.position(buf.limit());
        return m;
    }

    /**
     * A cheap test for demultiplexing (RFC 8489 §7, RFC 7983): at least a header, the first two
     * bits zero, the magic cookie, and a length field that is a multiple of 4 and matches
     * {@code len}. It reads only the 8 header bytes; {@link #decode} may still reject the message.
     */
    public static boolean isStun(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < HEADER_LENGTH || (buf[off] & 0xC0) != 0) {
            return false;
        }
        int length = Bytes.u16(buf, off + 2);
        return (length & 3) == 0 && length == len - HEADER_LENGTH && Bytes.u32(buf, off + 4) == MAGIC_COOKIE;
    }

    // ---- building

    /** A builder for a new message of this type, with a random transaction id. */
    public static StunMessageBuilder builder(StunMessageType type) {
        return new StunMessageBuilder(type);
    }

    /** A builder for a new message with this method and class, with a random transaction id. */
    public static StunMessageBuilder builder(StunMethod method, StunClass messageClass) {
        return new StunMessageBuilder(new StunMessageType(method, messageClass));
    }

    /**
     * A builder holding this message's type, transaction id and attributes, each attribute with
     * the padding bytes it had. Building it unchanged re-encodes the message byte for byte (for a
     * decoded message: unless it carried ignored attributes or non-zero reserved bits).
     */
    public StunMessageBuilder toBuilder() {
        StunMessageBuilder b = new StunMessageBuilder(type).transactionId(transactionId);
        for (int i = 0; i < attributes.size(); i++) {
            b.add(attributes.get(i), paddings[i]);
        }
        return b;
    }

    // ---- accessors

    /** The message type: method and class. */
    public StunMessageType type() {
        return type;
    }

    /** The method, e.g. {@link StunMethod#BINDING}. */
    public StunMethod method() {
        return type.method();
    }

    /** The class: request, indication, success or error response. */
    public StunClass messageClass() {
        return type.messageClass();
    }

    /** The 96-bit transaction id. */
    public TransactionId transactionId() {
        return transactionId;
    }

    /** The attributes in wire order (unmodifiable), including the integrity attributes. */
    public List<StunAttribute> attributes() {
        return attributes;
    }

    /** The first attribute of this class, if any (RFC 8489 §14: only the first counts). */
    public <T extends StunAttribute> Optional<T> get(Class<T> attributeClass) {
        for (StunAttribute a : attributes) {
            if (attributeClass.isInstance(a)) {
                return Optional.of(attributeClass.cast(a));
            }
        }
        return Optional.empty();
    }

    /** Every attribute of this class, in order. */
    public <T extends StunAttribute> List<T> getAll(Class<T> attributeClass) {
        List<T> out = new ArrayList<>();
        for (StunAttribute a : attributes) {
            if (attributeClass.isInstance(a)) {
                out.add(attributeClass.cast(a));
            }
        }
        return out;
    }

    /** The first attribute with this type code, if any. */
    public Optional<StunAttribute> get(int attributeType) {
        for (StunAttribute a : attributes) {
            if (a.type() == attributeType) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The types of unknown comprehension-required attributes (0x0000-0x7FFF), without duplicates,
     * in order: what a 420 response lists in UNKNOWN-ATTRIBUTES (RFC 8489 §6.3.1.1). Empty if the
     * message can be processed.
     */
    public List<Integer> unknownComprehensionRequired() {
        Set<Integer> types = new LinkedHashSet<>();
        for (StunAttribute a : attributes) {
            if (a instanceof UnknownAttribute u && u.isComprehensionRequired()) {
                types.add(u.type());
            }
        }
        return List.copyOf(types);
    }

    // ---- integrity

    /** True if the message carries MESSAGE-INTEGRITY (that is not ignored). */
    public boolean hasIntegrity() {
        return integrityOffset >= 0;
    }

    /** True if the message carries MESSAGE-INTEGRITY-SHA256 (that is not ignored). */
    public boolean hasIntegritySha256() {
        return integritySha256Offset >= 0;
    }

    /** True if the message carries FINGERPRINT (that is not ignored). */
    public boolean hasFingerprint() {
        return fingerprintOffset >= 0;
    }

    /**
     * Verifies MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) with {@code key}, in constant time.
     * False if the message has none. Keys come from {@link StunCredentials}.
     */
    public boolean checkIntegrity(byte[] key) {
        Objects.requireNonNull(key, "key");
        return integrityOffset >= 0
                && MessageAuth.verify(MessageAuth.HMAC_SHA1, key, wire, integrityOffset, MessageIntegrity.LENGTH);
    }

    /**
     * Verifies MESSAGE-INTEGRITY-SHA256 (RFC 8489 §14.6) with {@code key}, in constant time,
     * comparing as many leading HMAC bytes as the attribute carries (16-32). False if absent.
     */
    public boolean checkIntegritySha256(byte[] key) {
        Objects.requireNonNull(key, "key");
        return integritySha256Offset >= 0 && MessageAuth.verify(MessageAuth.HMAC_SHA256, key, wire,
                integritySha256Offset, Bytes.u16(wire, integritySha256Offset + 2));
    }

    /**
     * Verifies FINGERPRINT (RFC 8489 §14.7). False if the message has none or if anything follows
     * it: §14.7 requires it to be the last attribute.
     */
    public boolean checkFingerprint() {
        if (fingerprintOffset < 0 || fingerprintOffset + 8 != wire.length) {
            return false;
        }
        int expected = MessageAuth.fingerprint(wire, fingerprintOffset, wire.length - HEADER_LENGTH);
        return expected == (int) Bytes.u32(wire, fingerprintOffset + 4);
    }

    // ---- encoding

    /** A copy of the wire bytes. */
    public byte[] encode() {
        return wire.clone();
    }

    /** Length of the wire bytes: 20 plus the header's length field. */
    public int encodedLength() {
        return wire.length;
    }

    /** Writes the wire bytes at the buffer's position, advancing it. */
    public void encodeTo(ByteBuffer dst) {
        dst.put(wire);
    }

    /** Copies the wire bytes into {@code dst} at {@code off}; returns the number of bytes. */
    public int encodeTo(byte[] dst, int off) {
        System.arraycopy(wire, 0, dst, off, wire.length);
        return wire.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StunMessage m && type.equals(m.type) && transactionId.equals(m.transactionId)
                && attributes.equals(m.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, transactionId, attributes);
    }

    @Override
    public String toString() {
        return "StunMessage[" + type + ", tid=" + transactionId + ", " + attributes + "]";
    }
}
