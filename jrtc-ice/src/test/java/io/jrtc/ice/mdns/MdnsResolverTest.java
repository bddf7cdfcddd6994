package io.jrtc.ice.mdns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolver and responder talking sans-IO in virtual time: answers, cache TTL, retries, timeout. */
class MdnsResolverTest {
    private static final long S = 1_000_000_000L;
    private static final InetSocketAddress QUERIER = new InetSocketAddress("192.168.7.1", 5353);

    private static List<byte[]> drain(MdnsResolver r) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] b = r.pollTransmit(); b != null; b = r.pollTransmit()) {
            out.add(b);
        }
        return out;
    }

    @Test
    void responderAnswersOnlyItsOwnNamesAndResolverCachesThem() throws Exception {
        MdnsResponder responder = new MdnsResponder();
        InetAddress a = InetAddress.getByName("192.168.7.9");
        String name = responder.register(a);
        assertEquals(name, responder.register(a), "one name per address");
        MdnsResolver resolver = new MdnsResolver();

        resolver.resolve(0, name.toUpperCase());
        List<byte[]> queries = drain(resolver);
        assertEquals(2, queries.size(), "one query for A, one for AAAA");
        responder.handleInput(0, QUERIER, queries.get(0), 0, queries.get(0).length);
        MdnsResponder.Reply reply = responder.pollTransmit();
        assertEquals(MdnsResolver.GROUP_V4, reply.destination(), "answered to the group");
        byte[] answer = reply.payload();
        MdnsPacket p = MdnsPacket.parse(answer);
        assertEquals(List.of(MdnsRecord.address(name, a, 120)), p.records(), "A only: there is no AAAA");
        assertTrue(p.questions().isEmpty());

        resolver.handleInput(10, answer, 0, answer.length);
        assertEquals(new MdnsEvent.Resolved(name.toUpperCase(), List.of(a)), resolver.pollEvent());
        assertEquals(Long.MAX_VALUE, resolver.pollTimeout());

        // Within the TTL the cache answers without a query; after it, a query goes out again.
        resolver.resolve(119 * S, name);
        assertEquals(new MdnsEvent.Resolved(name, List.of(a)), resolver.pollEvent());
        assertTrue(drain(resolver).isEmpty());
        resolver.resolve(121 * S, name);
        assertNull(resolver.pollEvent());
        assertEquals(2, drain(resolver).size());

        byte[] other = MdnsPacket.query(MdnsNames.randomName()).encode();
        responder.handleInput(0, QUERIER, other, 0, other.length);
        assertNull(responder.pollTransmit(), "no answer for names that are not ours");
    }

    /**
     * Regression: a query with two questions (A and AAAA) is legal (RFC 6762 §5.1), but Chromium's
     * responder ignores it, so its {@code .local} candidates never resolved. Every message the
     * resolver sends, first and repeated, asks exactly one question.
     */
    @Test
    void everyQueryAsksOneQuestionSoChromiumAnswersIt() throws Exception {
        MdnsResolver resolver = new MdnsResolver(java.time.Duration.ofSeconds(5));
        String name = MdnsNames.randomName();
        resolver.resolve(0, name);
        List<MdnsQuestion> asked = new ArrayList<>();
        for (long now : new long[] {0, 1 * S, 3 * S}) {
            resolver.handleTimeout(now);
            for (byte[] q : drain(resolver)) {
                MdnsPacket p = MdnsPacket.parse(q);
                assertEquals(1, p.questions().size(), () -> "questions in one query: " + p.questions());
                assertTrue(p.records().isEmpty());
                asked.add(p.questions().get(0));
            }
        }
        List<MdnsQuestion> round = List.of(new MdnsQuestion(name, MdnsRecord.TYPE_A, false),
                new MdnsQuestion(name, MdnsRecord.TYPE_AAAA, false));
        List<MdnsQuestion> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.addAll(round);
        }
        assertEquals(expected, asked, "A then AAAA, at 0 s, 1 s and 3 s");
    }

    @Test
    void queriesRepeatWithDoublingIntervalsThenFail() {
        MdnsResolver resolver = new MdnsResolver(java.time.Duration.ofSeconds(5));
        resolver.resolve(0, "nobody.local");
        List<Long> sends = new ArrayList<>();
        long now = 0;
        while (true) {
            if (!drain(resolver).isEmpty()) {
                sends.add(now);
            }
            long t = resolver.pollTimeout();
            if (t == Long.MAX_VALUE) {
                break;
            }
            now = t;
            resolver.handleTimeout(now);
        }
        assertEquals(List.of(0L, 1 * S, 3 * S), sends);
        assertEquals(5 * S, now);
        MdnsEvent e = resolver.pollEvent();
        assertTrue(e instanceof MdnsEvent.Failed f && f.name().equals("nobody.local"), String.valueOf(e));
    }

    @Test
    void goodbyeRemovesTheCachedAddress() throws Exception {
        MdnsResponder responder = new MdnsResponder();
        InetAddress a = InetAddress.getByName("fe80::7");
        String name = responder.register(a);
        MdnsResolver resolver = new MdnsResolver();
        byte[] q = MdnsPacket.query(name).encode();
        InetSocketAddress v6Querier = new InetSocketAddress("fe80::9", 5353);
        responder.handleInput(0, v6Querier, q, 0, q.length);
        MdnsResponder.Reply reply = responder.pollTransmit();
        assertEquals(MdnsResolver.GROUP_V6, reply.destination());
        byte[] answer = reply.payload();
        assertEquals(MdnsRecord.TYPE_AAAA, MdnsPacket.parse(answer).records().get(0).type());
        resolver.handleInput(0, answer, 0, answer.length);
        assertEquals(List.of(a), resolver.cached(0, name));
        responder.unregister(name);
        byte[] bye = responder.pollTransmit().payload();
        resolver.handleInput(1, bye, 0, bye.length);
        assertTrue(resolver.cached(1, name).isEmpty());
    }

    @Test
    void quQuestionsAndLegacyQueriesAreAnsweredByUnicast() throws Exception {
        MdnsResponder responder = new MdnsResponder();
        InetAddress a = InetAddress.getByName("10.9.8.7");
        String name = responder.register(a);

        byte[] qu = new MdnsPacket(0, false, List.of(new MdnsQuestion(name, MdnsRecord.TYPE_A, true)), List.of()).encode();
        responder.handleInput(0, QUERIER, qu, 0, qu.length);
        MdnsResponder.Reply r = responder.pollTransmit();
        assertEquals(QUERIER, r.destination(), "RFC 6762 §5.4: QU asks for a unicast answer");

        // §6.7: a one-shot resolver on an ephemeral port gets its id and question back, TTL <= 10 s.
        InetSocketAddress legacy = new InetSocketAddress("192.168.7.1", 40000);
        byte[] q = new MdnsPacket(0x1234, false, List.of(new MdnsQuestion(name, MdnsRecord.TYPE_A, false)), List.of()).encode();
        responder.handleInput(0, legacy, q, 0, q.length);
        r = responder.pollTransmit();
        assertEquals(legacy, r.destination());
        MdnsPacket p = MdnsPacket.parse(r.payload());
        assertEquals(0x1234, p.id());
        assertEquals(1, p.questions().size());
        assertEquals(new MdnsRecord(name, MdnsRecord.TYPE_A, false, 10, a.getAddress()), p.records().get(0));
    }

    @Test
    void malformedInputIsCountedNotThrown() {
        MdnsResolver resolver = new MdnsResolver();
        MdnsResponder responder = new MdnsResponder();
        byte[] junk = {0, 0, (byte) 0x84, 0, 0, 0, 0, 1, 0, 0, 0, 0, (byte) 0xC0, 12};
        resolver.handleInput(0, junk, 0, junk.length);
        responder.handleInput(0, QUERIER, junk, 0, junk.length);
        assertEquals(1, resolver.malformed());
        assertEquals(1, responder.malformed());
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(0, "example.com"));
    }
}
