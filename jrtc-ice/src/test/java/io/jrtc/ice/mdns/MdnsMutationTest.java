package io.jrtc.ice.mdns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutations of real mDNS messages: the parser throws only MdnsParseException. */
class MdnsMutationTest {
    private static final java.net.InetSocketAddress QUERIER = new java.net.InetSocketAddress("10.0.0.9", 5353);

    @Test
    void mutatedMessagesParseOrFailCleanly() throws Exception {
        MdnsResponder responder = new MdnsResponder();
        String name = responder.register(InetAddress.getByName("10.0.0.1"));
        List<byte[]> corpus = List.of(MdnsPacket.query(name).encode(),
                new MdnsPacket(0, true, List.of(), List.of(MdnsRecord.address(name, InetAddress.getByName("::1"), 120),
                        MdnsRecord.address(name, InetAddress.getByName("10.0.0.1"), 0))).encode());
        Random r = new Random(6762);
        int rejected = 0;
        MdnsResolver resolver = new MdnsResolver();
        for (int i = 0; i < 20_000; i++) {
            byte[] b = corpus.get(r.nextInt(corpus.size())).clone();
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt();
            }
            if (r.nextInt(4) == 0) {
                b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            }
            try {
                MdnsPacket.parse(b);
            } catch (MdnsParseException e) {
                rejected++;
            }
            resolver.handleInput(i, b, 0, b.length);
            responder.handleInput(i, QUERIER, b, 0, b.length);
            while (responder.pollTransmit() != null) {
                // drained
            }
        }
        assertTrue(rejected > 1000, "mutations were rejected: " + rejected);
        assertTrue(resolver.malformed() == rejected, "every rejected message is counted");
    }
}
