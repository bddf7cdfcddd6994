package io.jrtc.stun;

import io.jrtc.stun.internal.AttributeReader;
import io.jrtc.stun.internal.WireWriter;

/**
 * CHANNEL-NUMBER (RFC 8656 §18.1): the channel a ChannelBind request binds, 2 bytes then 2 RFFU
 * bytes. Valid channels are 0x4000-0x4FFF ({@link ChannelData#MIN_CHANNEL} to
 * {@link ChannelData#MAX_CHANNEL}); other values decode too, and a server answers them with 400.
 *
 * @param number the 16-bit channel number
 */
public record ChannelNumber(int number) implements StunAttribute {
    public ChannelNumber {
        if (number < 0 || number > 0xFFFF) {
            throw new IllegalArgumentException("CHANNEL-NUMBER is 16 bits, got " + number);
        }
    }

    /** True if the number is in the range RFC 8656 §12 allows, 0x4000-0x4FFF. */
    public boolean isValidChannel() {
        return number >= ChannelData.MIN_CHANNEL && number <= ChannelData.MAX_CHANNEL;
    }

    @Override
    public int type() {
        return StunAttributeType.CHANNEL_NUMBER;
    }

    static ChannelNumber decode(AttributeReader r) {
        r.requireLength(4);
        return new ChannelNumber(r.u16(0));
    }

    void encode(WireWriter w) {
        w.u16(number);
        w.u16(0);
    }

    @Override
    public String toString() {
        return String.format("ChannelNumber[0x%04X]", number);
    }
}
