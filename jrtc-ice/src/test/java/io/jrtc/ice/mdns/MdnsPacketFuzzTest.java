package io.jrtc.ice.mdns;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the mDNS parser: only {@link MdnsParseException} may come out, and whatever
 * parses must encode and parse again to the same packet. Seeds in
 * {@code src/test/resources/io/jrtc/ice/mdns/MdnsPacketFuzzTestInputs/parse/}.
 */
class MdnsPacketFuzzTest {
    @FuzzTest
    void parse(byte[] data) {
        MdnsPacket p;
        try {
            p = MdnsPacket.parse(data);
        } catch (MdnsParseException e) {
            return;
        }
        byte[] again;
        try {
            again = p.encode();
        } catch (IllegalArgumentException e) {
            // Names with empty or dotted labels parse but cannot be re-encoded as text.
            return;
        }
        try {
            if (!MdnsPacket.parse(again).equals(p)) {
                throw new AssertionError("re-encoding changed the packet: " + p);
            }
        } catch (MdnsParseException e) {
            throw new AssertionError("re-encoded packet does not parse", e);
        }
    }
}
