package io.jrtc.sctp.datachannel;

import io.jrtc.sctp.SctpParseException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A Data Channel Establishment Protocol message (RFC 8832 §5). */
public sealed interface DcepMessage {
    /** DATA_CHANNEL_OPEN message type. */
    int OPEN = 0x03;
    /** DATA_CHANNEL_ACK message type. */
    int ACK = 0x02;

    /**
     * DATA_CHANNEL_OPEN (RFC 8832 §5.1).
     *
     * @param reliabilityParameter retransmissions or lifetime in ms, per the channel type
     */
    record Open(ChannelType channelType, int priority, long reliabilityParameter, String label, String protocol)
            implements DcepMessage {}

    /** DATA_CHANNEL_ACK (RFC 8832 §5.2). */
    record Ack() implements DcepMessage {}

    /** Encodes the message. */
    default byte[] encode() {
        if (this instanceof Open o) {
            byte[] label = o.label().getBytes(StandardCharsets.UTF_8);
            byte[] protocol = o.protocol().getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + label.length + protocol.length);
            b.put((byte) OPEN).put((byte) o.channelType().code()).putShort((short) o.priority())
                    .putInt((int) o.reliabilityParameter()).putShort((short) label.length)
                    .putShort((short) protocol.length).put(label).put(protocol);
            return b.array();
        }
        return new byte[] {ACK};
    }

    /** Parses a DCEP message; throws only {@link SctpParseException}. */
    static DcepMessage parse(byte[] data) throws SctpParseException {
        if (data == null || data.length == 0) {
            throw new SctpParseException("empty DCEP message", 0);
        }
        int type = data[0] & 0xff;
        if (type == ACK) {
            if (data.length != 1) {
                throw new SctpParseException("DATA_CHANNEL_ACK with " + (data.length - 1) + " extra bytes", 1);
            }
            return new Ack();
        }
        if (type != OPEN) {
            throw new SctpParseException("unknown DCEP message type " + type, 0);
        }
        if (data.length < 12) {
            throw new SctpParseException("DATA_CHANNEL_OPEN shorter than 12 bytes", data.length);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data);
        b.get();
        ChannelType ct = ChannelType.of(b.get() & 0xff);
        if (ct == null) {
            throw new SctpParseException("unknown channel type " + (data[1] & 0xff), 1);
        }
        int priority = b.getShort() & 0xffff;
        long reliability = b.getInt() & 0xffffffffL;
        int labelLength = b.getShort() & 0xffff;
        int protocolLength = b.getShort() & 0xffff;
        if (12 + labelLength + protocolLength != data.length) {
            throw new SctpParseException("label and protocol lengths " + labelLength + "+" + protocolLength
                    + " do not match the message length " + data.length, 8);
        }
        return new Open(ct, priority, reliability, utf8(data, 12, labelLength), utf8(data, 12 + labelLength, protocolLength));
    }

    private static String utf8(byte[] data, int offset, int length) throws SctpParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(data, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new SctpParseException("label or protocol is not UTF-8", offset);
        }
    }
}
