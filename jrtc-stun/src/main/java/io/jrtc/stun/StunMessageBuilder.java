package io.jrtc.stun;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link StunMessage}: type, transaction id (random unless set), attributes in order,
 * then optionally MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT, which
 * {@link #build()} computes and appends in that order (RFC 8489 §14.5-§14.7).
 *
 * <p>Not thread-safe; each {@link #build()} produces an independent immutable message.
 */
public final class StunMessageBuilder {
    /** Marks an attribute padded with the builder's {@link #paddingByte(int)}. */
    private static final int DEFAULT_PADDING = -1;

    private StunMessageType type;
    private TransactionId transactionId = TransactionId.random();
    private final List<StunAttribute> attributes = new ArrayList<>();
    private final List<Integer> paddings = new ArrayList<>();
    private int paddingByte;
    private byte[] integrityKey;
    private byte[] integritySha256Key;
    private int integritySha256Length = MessageIntegritySha256.MAX_LENGTH;
    private boolean fingerprint;

    StunMessageBuilder(StunMessageType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Sets the message type. */
    public StunMessageBuilder type(StunMessageType newType) {
        this.type = Objects.requireNonNull(newType, "type");
        return this;
    }

    /** Sets the transaction id; a response must carry its request's id (RFC 8489 §6.3). */
    public StunMessageBuilder transactionId(TransactionId id) {
        this.transactionId = Objects.requireNonNull(id, "transactionId");
        return this;
    }

    /** Appends an attribute. Integrity attributes and FINGERPRINT given here are written as is. */
    public StunMessageBuilder add(StunAttribute attribute) {
        return add(attribute, DEFAULT_PADDING);
    }

    /** Appends attributes in order. */
    public StunMessageBuilder addAll(List<? extends StunAttribute> list) {
        list.forEach(this::add);
        return this;
    }

    StunMessageBuilder add(StunAttribute attribute, int packedPadding) {
        attributes.add(Objects.requireNonNull(attribute, "attribute"));
        paddings.add(packedPadding);
        return this;
    }

    /** Removes every attribute with this type code. */
    public StunMessageBuilder remove(int attributeType) {
        for (int i = attributes.size() - 1; i >= 0; i--) {
            if (attributes.get(i).type() == attributeType) {
                attributes.remove(i);
                paddings.remove(i);
            }
        }
        return this;
    }

    /**
     * The byte that pads attribute values to 4 bytes (default 0). RFC 8489 §14 says zeros on
     * sending and any value on receiving; RFC 5389 allowed any value, and the RFC 5769 test
     * vectors pad with 0x20. Applies to attributes added with {@link #add(StunAttribute)};
     * attributes from {@link StunMessage#toBuilder()} keep the padding they had.
     */
    public StunMessageBuilder paddingByte(int value) {
        this.paddingByte = value & 0xFF;
        return this;
    }

    /** Appends MESSAGE-INTEGRITY (HMAC-SHA1) computed with {@code key} at build time. */
    public StunMessageBuilder messageIntegrity(byte[] key) {
        this.integrityKey = key.clone();
        return this;
    }

    /** Appends a full 32-byte MESSAGE-INTEGRITY-SHA256 computed with {@code key} at build time. */
    public StunMessageBuilder messageIntegritySha256(byte[] key) {
        return messageIntegritySha256(key, MessageIntegritySha256.MAX_LENGTH);
    }

    /**
     * Appends MESSAGE-INTEGRITY-SHA256 truncated to {@code length} bytes (16-32, a multiple of 4;
     * RFC 8489 §14.6 allows truncation only where the STUN usage says so).
     */
    public StunMessageBuilder messageIntegritySha256(byte[] key, int length) {
        if (!MessageIntegritySha256.isValidLength(length)) {
            throw new IllegalArgumentException("MESSAGE-INTEGRITY-SHA256 is 16-32 bytes and a multiple of 4, got " + length);
        }
        this.integritySha256Key = key.clone();
        this.integritySha256Length = length;
        return this;
    }

    /** Appends FINGERPRINT, computed at build time, as the last attribute. */
    public StunMessageBuilder fingerprint() {
        this.fingerprint = true;
        return this;
    }

    /**
     * Encodes the message.
     *
     * @throws IllegalStateException if an attribute would follow MESSAGE-INTEGRITY,
     *     MESSAGE-INTEGRITY-SHA256 or FINGERPRINT where receivers ignore it (RFC 8489 §14.5-§14.7)
     * @throws IllegalArgumentException if an attribute or the message is too long for its
     *     16-bit length field
     */
    public StunMessage build() {
        return MessageEncoder.encode(type, transactionId, attributes, paddings, paddingByte,
                new MessageEncoder.Trailer(integrityKey, integritySha256Key, integritySha256Length, fingerprint));
    }
}
