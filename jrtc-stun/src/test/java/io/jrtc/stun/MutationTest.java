package io.jrtc.stun;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutation of valid messages, without Jazzer: 100,000 inputs made by bit flips,
 * truncations, header and attribute length edits, byte insertions and deletions. Only
 * {@link StunParseException} may escape decoding, and whatever decodes must re-encode (see
 * {@link DecodeInvariants}). The seed is fixed, so a failure reproduces.
 */
class MutationTest {
    private static final long SEED = 5769;
    private static final int INPUTS = 100_000;

    private static List<byte[]> seeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>(List.of(Rfc5769.all()));
        // A TURN-flavoured message with most attribute types, so mutations reach their decoders.
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("2001:db8::1"), 5000);
        InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("198.51.100.2"), 6000);
        seeds.add(StunMessage.builder(StunMethod.ALLOCATE, StunClass.ERROR_RESPONSE)
                .add(ErrorCode.UNAUTHENTICATED).add(new Realm("example.org")).add(new Nonce("obMatJos2abc"))
                .add(new PasswordAlgorithms(List.of(PasswordAlgorithm.MD5, new PasswordAlgorithm(9, new byte[] {1, 2, 3}))))
                .add(new UnknownAttributes(List.of(0x31, 0x32, 0x33))).add(new XorRelayedAddress(v6))
                .add(new XorPeerAddress(v4)).add(new MappedAddress(v6)).add(new AlternateServer(v4))
                .add(new Lifetime(600)).add(RequestedTransport.UDP).add(RequestedAddressFamily.IPV6)
                .add(new EvenPort(true)).add(new ReservationToken(7)).add(Data.of(new byte[] {1, 2, 3, 4, 5}))
                .add(new ChannelNumber(0x4001)).add(new DontFragment()).add(PasswordAlgorithm.SHA256)
                .add(new UserHash(new byte[32])).add(new UnknownAttribute(0x7001, new byte[] {9}))
                .messageIntegrity(new byte[] {1}).messageIntegritySha256(new byte[] {2}, 16).fingerprint()
                .build().encode());
        seeds.add(ChannelData.of(0x4001, new byte[] {1, 2, 3, 4, 5}).encode(true));
        return seeds;
    }

    @Test
    void onlyStunParseExceptionEscapes() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> seeds = seeds();
        int decoded = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(random, seeds.get(random.nextInt(seeds.size())));
            try {
                if (DecodeInvariants.checkStun(input)) {
                    decoded++;
                }
                DecodeInvariants.checkChannelData(input);
            } catch (AssertionError | RuntimeException e) {
                fail("input " + i + " (" + HexFormat.of().formatHex(input) + "): " + e, e);
            }
        }
        // The mutations must not be so destructive that nothing reaches the attribute decoders.
        assertTrue(decoded > INPUTS / 20, "only " + decoded + " mutated inputs decoded");
    }

    /** One to three random edits. */
    static byte[] mutate(Random random, byte[] seed) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            b = switch (random.nextInt(7)) {
                case 0 -> flipBit(random, b);
                case 1 -> Arrays.copyOf(b, random.nextInt(b.length + 1)); // truncate
                case 2 -> setHeaderLength(random, b);
                case 3 -> setAttributeLength(random, b);
                case 4 -> insert(random, b);
                case 5 -> delete(random, b);
                default -> setByte(random, b);
            };
        }
        return b;
    }

    private static byte[] flipBit(Random random, byte[] b) {
        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        return b;
    }

    private static byte[] setByte(Random random, byte[] b) {
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        return b;
    }

    /** A header length near the real one (often still a multiple of 4) or any 16-bit value. */
    private static byte[] setHeaderLength(Random random, byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int length = random.nextBoolean() ? b.length - 20 + 4 * (random.nextInt(5) - 2) : random.nextInt(0x10000);
        b[2] = (byte) (length >> 8);
        b[3] = (byte) length;
        return b;
    }

    /** Rewrites the length field of a random attribute, found by walking the TLVs. */
    private static byte[] setAttributeLength(Random random, byte[] b) {
        List<Integer> headers = new ArrayList<>();
        for (int pos = 20; pos + 4 <= b.length; ) {
            headers.add(pos);
            int length = (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
            pos += 4 + ((length + 3) & ~3);
        }
        if (headers.isEmpty()) {
            return b;
        }
        int at = headers.get(random.nextInt(headers.size()));
        int old = (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        int length = switch (random.nextInt(3)) {
            case 0 -> old + random.nextInt(9) - 4;
            case 1 -> random.nextInt(40);
            default -> random.nextInt(0x10000);
        };
        b[at + 2] = (byte) (length >> 8);
        b[at + 3] = (byte) length;
        return b;
    }

    private static byte[] insert(Random random, byte[] b) {
        int at = random.nextInt(b.length + 1);
        int n = 1 + random.nextInt(8);
        byte[] out = new byte[b.length + n];
        System.arraycopy(b, 0, out, 0, at);
        for (int i = 0; i < n; i++) {
            out[at + i] = (byte) random.nextInt(256);
        }
        System.arraycopy(b, at, out, at + n, b.length - at);
        return out;
    }

    private static byte[] delete(Random random, byte[] b) {
        int at = random.nextInt(b.length);
        int n = Math.min(b.length - at, 1 + random.nextInt(8));
        byte[] out = new byte[b.length - n];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + n, out, at, b.length - at - n);
        return out;
    }
}
