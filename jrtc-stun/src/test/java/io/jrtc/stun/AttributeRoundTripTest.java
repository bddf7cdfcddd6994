package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every attribute type survives encode and decode, and a few have their wire bytes checked. */
class AttributeRoundTripTest {
    private static final TransactionId TID = TransactionId.of(HexFormat.of().parseHex("0102030405060708090a0b0c"));

    static InetSocketAddress addr(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<StunAttribute> samples() {
        InetSocketAddress v4 = addr("203.0.113.7", 54321);
        InetSocketAddress v6 = addr("2001:db8::abcd:1", 3478);
        return Stream.of(
                new MappedAddress(v4), new MappedAddress(v6),
                new XorMappedAddress(v4), new XorMappedAddress(v6),
                new XorPeerAddress(v4), new XorPeerAddress(v6),
                new XorRelayedAddress(v4), new XorRelayedAddress(v6),
                new AlternateServer(v4), new AlternateServer(v6),
                new XorMappedAddress(addr("0.0.0.0", 0)), new XorMappedAddress(addr("255.255.255.255", 65535)),
                new Username("alice:bob"), new Username(""), new Username("\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9"),
                new Realm("example.org"), new Nonce("obMatJos2AAACf//499k954d6OL34oL9FSTvy64sA"),
                new Software("jrtc 0.1"),
                ErrorCode.UNAUTHENTICATED, ErrorCode.of(699), new ErrorCode(300, ""), ErrorCode.ROLE_CONFLICT,
                new UnknownAttributes(List.of(0x0031, 0x7fff)), new UnknownAttributes(List.of(0x0031)),
                new UnknownAttributes(List.of()),
                new Priority(0), new Priority(0xFFFF_FFFFL), new Priority(2130706431L),
                new UseCandidate(),
                new IceControlled(0x932ff9b151263b36L), new IceControlling(-1L), new IceControlling(0),
                new Lifetime(600), new Lifetime(0xFFFF_FFFFL),
                RequestedTransport.UDP, new RequestedTransport(6),
                RequestedAddressFamily.IPV4, RequestedAddressFamily.IPV6,
                new EvenPort(true), new EvenPort(false),
                new ReservationToken(0x0123456789abcdefL),
                Data.of(new byte[0]), Data.of(new byte[] {1, 2, 3}), Data.of(new byte[1200]),
                new ChannelNumber(0x4000), new ChannelNumber(0x4FFF),
                new DontFragment(),
                PasswordAlgorithm.MD5, PasswordAlgorithm.SHA256, new PasswordAlgorithm(0x1234, new byte[] {9, 8, 7}),
                new PasswordAlgorithms(List.of(PasswordAlgorithm.MD5, PasswordAlgorithm.SHA256)),
                new PasswordAlgorithms(List.of(new PasswordAlgorithm(7, new byte[] {1}), PasswordAlgorithm.SHA256)),
                new UserHash(StunCredentials.userHash("user", "example.org")),
                new UnknownAttribute(0x0031, new byte[] {1, 2, 3, 4, 5}),
                new UnknownAttribute(0xC057, new byte[0]),
                new MessageIntegrity(new byte[20]),
                new MessageIntegritySha256(new byte[16]), new MessageIntegritySha256(new byte[32]),
                new Fingerprint(0x12345678));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTrips(StunAttribute attribute) {
        StunMessage m = StunMessage.builder(StunMessageType.BINDING_SUCCESS).transactionId(TID).add(attribute).build();
        byte[] wire = m.encode();
        assertEquals(0, wire.length % 4, "padded to 4 bytes");
        StunMessage decoded = StunMessage.decode(wire);
        assertEquals(List.of(attribute), decoded.attributes());
        assertEquals(m, decoded);
        assertEquals(attribute.hashCode(), decoded.attributes().get(0).hashCode());
        assertArrayEquals(wire, decoded.toBuilder().build().encode());
    }

    @Test
    void samplesCoverEveryKnownAttributeType() throws IllegalAccessException {
        Set<Integer> known = new TreeSet<>();
        for (Field f : StunAttributeType.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                known.add(f.getInt(null));
            }
        }
        Set<Integer> covered = new TreeSet<>();
        samples().forEach(a -> covered.add(a.type()));
        assertEquals(Set.of(), difference(known, covered), "known types without a round-trip sample");
        assertEquals(29, known.size());
    }

    private static Set<Integer> difference(Set<Integer> a, Set<Integer> b) {
        Set<Integer> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void allSamplesInOneMessage() {
        List<StunAttribute> all = new ArrayList<>();
        samples().filter(a -> !(a instanceof MessageIntegrity || a instanceof MessageIntegritySha256
                || a instanceof Fingerprint)).forEach(all::add);
        StunMessage m = StunMessage.builder(StunMethod.ALLOCATE, StunClass.REQUEST).addAll(all).build();
        assertEquals(all, StunMessage.decode(m.encode()).attributes());
    }

    // ---- wire bytes

    private static byte[] valueBytes(StunAttribute a) {
        byte[] wire = StunMessage.builder(StunMessageType.BINDING_REQUEST).transactionId(TID).add(a).build().encode();
        return Arrays.copyOfRange(wire, 20, wire.length);
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void fixedLayouts() {
        assertArrayEquals(hex("000d0004 00000258"), valueBytes(new Lifetime(600)));
        assertArrayEquals(hex("00190004 11000000"), valueBytes(RequestedTransport.UDP));
        assertArrayEquals(hex("00170004 02000000"), valueBytes(RequestedAddressFamily.IPV6));
        assertArrayEquals(hex("000c0004 40010000"), valueBytes(new ChannelNumber(0x4001)));
        assertArrayEquals(hex("00180001 80000000"), valueBytes(new EvenPort(true)));
        assertArrayEquals(hex("00250000"), valueBytes(new UseCandidate()));
        assertArrayEquals(hex("001a0000"), valueBytes(new DontFragment()));
        assertArrayEquals(hex("802a0008 0102030405060708"), valueBytes(new IceControlling(0x0102030405060708L)));
        assertArrayEquals(hex("00240004 6e0001ff"), valueBytes(new Priority(0x6e0001ffL)));
        assertArrayEquals(hex("000a0006 00310032 80010000"), valueBytes(new UnknownAttributes(List.of(0x31, 0x32, 0x8001))));
        // ERROR-CODE 438: class 4, number 38, then "Stale Nonce" (11 bytes) and one zero pad byte.
        assertArrayEquals(hex("0009000f 00000426 5374616c65204e6f6e636500"), valueBytes(ErrorCode.STALE_NONCE));
        assertArrayEquals(hex("001d0004 00020000"), valueBytes(PasswordAlgorithm.SHA256));
        assertArrayEquals(hex("8002000c 00010000 00070001 01000000"),
                valueBytes(new PasswordAlgorithms(List.of(PasswordAlgorithm.MD5, new PasswordAlgorithm(7, new byte[] {1})))));
    }

    @Test
    void xorAddressesUseCookieAndTransactionId() {
        // IPv4: port XOR 0x2112, address XOR 0x2112A442.
        assertArrayEquals(hex("00120008 0001 f033 ea12d545"), valueBytes(new XorPeerAddress(addr("203.0.113.7", 0xd121))));
        // IPv6: address XOR cookie followed by the transaction id 01..0c.
        byte[] ip = addr("2001:db8::abcd:1", 0).getAddress().getAddress();
        byte[] key = hex("2112a442 0102030405060708090a0b0c");
        byte[] expected = new byte[24];
        System.arraycopy(hex("00160014 0002 2b13"), 0, expected, 0, 8); // port 0x0a01 ^ 0x2112
        for (int i = 0; i < 16; i++) {
            expected[8 + i] = (byte) (ip[i] ^ key[i]);
        }
        assertArrayEquals(expected, valueBytes(new XorRelayedAddress(addr("2001:db8::abcd:1", 0x0a01))));
    }

    @Test
    void plainAddressesAreNotXored() {
        assertArrayEquals(hex("00010008 0001 d431 cb007107"), valueBytes(new MappedAddress(addr("203.0.113.7", 54321))));
    }

    @Test
    void ipv4MappedIpv6StaysIpv6() throws Exception {
        byte[] mapped = hex("00000000000000000000ffffc0000201");
        InetSocketAddress a = new InetSocketAddress(Inet6Address.getByAddress(null, mapped, -1), 1);
        StunMessage m = StunMessage.decode(StunMessage.builder(StunMessageType.BINDING_SUCCESS).add(new XorMappedAddress(a)).build().encode());
        InetSocketAddress decoded = m.get(XorMappedAddress.class).orElseThrow().address();
        assertInstanceOf(Inet6Address.class, decoded.getAddress());
        assertArrayEquals(mapped, decoded.getAddress().getAddress());
    }

    @Test
    void dataIsAViewButBehavesAsAValue() {
        byte[] payload = {10, 20, 30, 40, 50};
        StunMessage m = StunMessage.builder(StunMethod.SEND, StunClass.INDICATION).add(Data.of(payload)).build();
        byte[] wire = m.encode();
        Data d = StunMessage.decode(wire).get(Data.class).orElseThrow();
        Arrays.fill(wire, (byte) 0); // the decoded message holds its own copy
        assertArrayEquals(payload, d.toByteArray());
        assertEquals(5, d.asReadOnlyBuffer().remaining());
        assertEquals(Data.of(payload), d);
        byte[] out = new byte[7];
        d.copyTo(out, 2);
        assertArrayEquals(new byte[] {0, 0, 10, 20, 30, 40, 50}, out);
    }

    @Test
    void constructorsRejectValuesTheWireCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> new Priority(-1));
        assertThrows(IllegalArgumentException.class, () -> new Lifetime(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new ChannelNumber(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new RequestedTransport(256));
        assertThrows(IllegalArgumentException.class, () -> new UserHash(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new MessageIntegrity(new byte[19]));
        assertThrows(IllegalArgumentException.class, () -> new MessageIntegritySha256(new byte[18]));
        assertThrows(IllegalArgumentException.class, () -> new MessageIntegritySha256(new byte[36]));
        assertThrows(IllegalArgumentException.class, () -> new UnknownAttribute(0x0020, new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> new XorMappedAddress(InetSocketAddress.createUnresolved("example.org", 1)));
        assertThrows(IllegalArgumentException.class, () -> StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(Data.of(new byte[70_000])).build());
        assertThrows(IllegalArgumentException.class, () -> StunMessage.builder(StunMessageType.BINDING_REQUEST)
                .add(Data.of(new byte[40_000])).add(Data.of(new byte[40_000])).build());
    }
}
