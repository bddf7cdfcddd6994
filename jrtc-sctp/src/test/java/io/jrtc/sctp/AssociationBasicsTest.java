package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AssociationBasicsTest {
    @Test
    void simultaneousOpenConnectsAndCarriesMessagesBothWays() {
        Pair p = new Pair(1, Pair.delay(10)).connect();
        assertEquals(SctpState.ESTABLISHED, p.a.assoc.state());
        assertTrue(p.a.assoc.interleaving());
        p.a.assoc.send(p.sim.now(), 1, 51, "hello".getBytes(StandardCharsets.UTF_8), SendOptions.RELIABLE);
        p.b.assoc.send(p.sim.now(), 2, 53, new byte[] {1, 2, 3}, SendOptions.RELIABLE);
        assertTrue(p.sim.runUntil(() -> p.a.messages.size() == 1 && p.b.messages.size() == 1, Duration.ofSeconds(5)));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), p.b.messages.get(0).data());
        assertEquals(51, p.b.messages.get(0).ppid());
        assertEquals(1, p.b.messages.get(0).streamId());
        assertArrayEquals(new byte[] {1, 2, 3}, p.a.messages.get(0).data());
    }

    @Test
    void passiveOpenAnswersInit() {
        Pair p = new Pair(2, Pair.delay(5));
        p.a.assoc.connect(0);
        assertTrue(p.sim.runUntil(() -> p.a.connected() && p.b.connected(), Duration.ofSeconds(5)));
    }
}
