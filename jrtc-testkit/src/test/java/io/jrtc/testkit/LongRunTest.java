package io.jrtc.testkit;

import static io.jrtc.testkit.Tolerance.assertBinomial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ten minutes of a lossy session in virtual time: the point of the testkit. */
class LongRunTest {
    @Test
    void tenMinutesOfLossyTrafficRunInVirtualTime() {
        Simulation sim = Simulation.seeded(2024);
        Host client = sim.host("10.0.0.2");
        Host server = sim.host("192.0.2.7");
        Nat nat = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", client);
        LinkConditions path = LinkConditions.builder().delay(Duration.ofMillis(40)).jitter(Duration.ofMillis(8))
                .loss(0.02).rate(5_000_000).build();
        sim.link(nat, server, path);
        sim.bind(server, 3478, new EchoServer(server.address(3478)));
        PacketSink sink = new PacketSink(server.address(9000));
        sim.bind(server, 9000, sink);
        RequestClient pinger = new RequestClient(client.address(5000), server.address(3478), Integer.MAX_VALUE,
                Duration.ofMillis(250), Duration.ofMillis(20));
        sim.bind(client, 5000, pinger);
        int media = 50 * 600; // 50 datagrams a second for 10 minutes
        sim.bind(client, 7000, new PacketSource(client.address(7000), server.address(9000), media,
                Duration.ofMillis(20), 1000, 0));

        long wallStart = System.nanoTime();
        sim.runFor(Duration.ofMinutes(10));
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        System.out.printf("10 virtual minutes: %d ms of wall time, %d requests, %d media datagrams%n",
                wallMillis, pinger.completed(), sink.arrivals().size());

        assertEquals(Duration.ofMinutes(10), sim.clock().elapsed());
        assertEquals(2, nat.mappings().size(), "both client sockets keep their mappings alive");
        assertBinomial("path loss", sim.link(nat, server).stats().lost(), sim.link(nat, server).stats().sent(), 0.02);
        // At most the two datagrams sent in the last 48 ms are still in flight: noise next to 4 sigma.
        assertBinomial("media loss", media - sink.arrivals().size(), media, 0.02);
        // An attempt fails if the request or the response is lost; the 250 ms RTO is far above the
        // worst round trip, so a retransmission happens exactly when an attempt failed.
        double attemptFails = 1 - 0.98 * 0.98;
        assertBinomial("failed attempts", pinger.retransmissions(), pinger.attempts(), attemptFails);
        assertTrue(pinger.completed() > 0);
    }
}
