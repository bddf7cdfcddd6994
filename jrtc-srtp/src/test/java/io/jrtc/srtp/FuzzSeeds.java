package io.jrtc.srtp;

import static io.jrtc.srtp.Hex.hex;

/** Authentic packets for {@link FuzzContexts}: selector byte, then the packet. Last two are SRTCP. */
final class FuzzSeeds {
    private FuzzSeeds() {}

    static byte[] seed(int selector, byte[] packet) {
        byte[] b = new byte[packet.length + 1];
        b[0] = (byte) selector;
        System.arraycopy(packet, 0, b, 1, packet.length);
        return b;
    }

    static byte[][] all() {
        return new byte[][] {
            seed(0, hex("800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb")),
            seed(2, Rfc7714VectorsTest.S16_1_1),
            seed(3, hex("8040f17b8041f8d35501a0b232b1de78a822fe12ef9f78fa332e33aab18012389a58e2f3b50b2a0276ffae0f"
                    + "1ba63799b87b7aa3db36dfffd6b0f9bb7878d7a76c13")),
            seed(2, hex("81c8000d4d61727363e94885dcdab67ca727d7662f6b7e997ff5c0f76c06f32dc676a5f1730d6fda4ce09b46"
                    + "86303ded0bb9275bc84aa45896cf4d2fc5abf87245d9eade800005d4")),
            seed(3, hex("81c8000d4d617273d50ae4d1f5ce5d304ba297e47d470c282c3ece5dbffe0a50a2eaa5c1110555be8415f658"
                    + "c61de0476f1b6fad1d1eb30c4446839f57ff6f6cb26ac3be800005d4")),
        };
    }
}
