package io.jrtc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final long RATE = 1_000_000;
    private static final int PAYLOAD = 1000;
    private static final int WIRE = PAYLOAD + 28; // IPv4 + UDP headers count against the rate
    private static final long SERIALIZATION = WIRE * 8L * 1_000_000_000L / RATE; // 8.224 ms exactly

    @Test
    void overdrivenBottleneckDeliversItsRateAndDropsTheExcess() {
        int queue = 20;
        int n = 2500; // 10 s at one datagram every 4 ms: about 2 Mbit/s offered
        Rig rig = Rig.of(1, LinkConditions.builder().rate(RATE).queueLimitPackets(queue).build());
        rig.send(n, Duration.ofMillis(4), PAYLOAD);

        List<PacketSink.Arrival> arrivals = rig.sink.arrivals();
        // The queue never runs dry, so datagrams come out back to back, one per serialization time.
        for (int i = 1; i < arrivals.size(); i++) {
            assertEquals(SERIALIZATION, arrivals.get(i).arrivedAt() - arrivals.get(i - 1).arrivedAt());
        }
        double seconds = (arrivals.get(arrivals.size() - 1).arrivedAt() - arrivals.get(0).arrivedAt()) / 1e9;
        double goodput = (arrivals.size() - 1) * PAYLOAD * 8 / seconds;
        double expected = (double) RATE * PAYLOAD / WIRE;
        assertEquals(expected, goodput, expected * 1e-6, "goodput in bit/s");
        System.out.printf("1 Mbit/s bottleneck: goodput %.0f bit/s%n", goodput);

        LinkStats stats = rig.stats();
        assertEquals(n, stats.delivered() + stats.droppedByQueue(), "each datagram delivered or dropped");
        // Delivered: what the link can carry while the sender sends, plus the queue left at the end.
        long carried = 10_000_000_000L / SERIALIZATION;
        assertTrue(Math.abs(stats.delivered() - (carried + queue)) <= 2, "delivered " + stats.delivered());
        assertEquals(stats.droppedByQueue(), rig.sim.dropCount(DropReason.QUEUE_FULL));
        // A datagram waits behind at most queue - 1 others: bounded queueing delay.
        arrivals.forEach(a -> assertTrue(a.delay() <= queue * SERIALIZATION, a::toString));
    }

    @Test
    void byteLimitedQueueBoundsTheDelay() {
        int packets = 5;
        Rig rig = Rig.of(2, LinkConditions.builder().rate(RATE).queueLimitBytes(packets * WIRE).build());
        rig.send(1000, Duration.ofMillis(4), PAYLOAD);

        assertTrue(rig.stats().droppedByQueue() > 400, rig.stats()::toString);
        rig.sink.arrivals().forEach(a -> assertTrue(a.delay() <= packets * SERIALIZATION, a::toString));
    }

    @Test
    void underdrivenLinkOnlyAddsSerializationDelay() {
        Rig rig = Rig.of(3, LinkConditions.builder().rate(RATE).delay(Duration.ofMillis(10)).build());
        rig.send(500, Duration.ofMillis(16), PAYLOAD); // 0.5 Mbit/s offered

        assertEquals(500, rig.sink.arrivals().size());
        rig.sink.arrivals().forEach(a -> assertEquals(SERIALIZATION + 10_000_000, a.delay()));
    }

    @Test
    void uplinkIsSharedByAllDestinations() {
        Simulation sim = Simulation.seeded(4);
        Host sender = sim.host("192.0.2.1");
        Host b = sim.host("198.51.100.1");
        Host c = sim.host("198.51.100.2");
        sender.uplink().setConditions(LinkConditions.builder().rate(RATE).queueLimitPackets(10).build());
        PacketSink sinkB = new PacketSink(b.address(9000));
        PacketSink sinkC = new PacketSink(c.address(9000));
        sim.bind(b, 9000, sinkB);
        sim.bind(c, 9000, sinkC);
        // Each stream alone would almost fill the uplink (one datagram per 8 ms). The second starts
        // 4 ms later: sent at the same instants, the first would always take the one queue slot
        // freed since the last send (drop-tail lock-out, as real synchronized senders suffer).
        long offset = 4_000_000;
        sim.bind(sender, 7000, new PacketSource(sender.address(7000), b.address(9000), 1250, Duration.ofMillis(8), PAYLOAD, 0));
        sim.bind(sender, 7001, new PacketSource(sender.address(7001), c.address(9000), 1250, Duration.ofMillis(8), PAYLOAD, offset));
        sim.runFor(Duration.ofSeconds(12));

        long delivered = sinkB.arrivals().size() + sinkC.arrivals().size();
        long carried = 10_000_000_000L / SERIALIZATION;
        assertTrue(Math.abs(delivered - (carried + 10)) <= 2, "delivered " + delivered);
        assertEquals(delivered, sender.uplink().stats().delivered());
        assertTrue(sinkB.arrivals().size() > delivered / 3 && sinkC.arrivals().size() > delivered / 3,
                "both streams get a share: " + sinkB.arrivals().size() + " / " + sinkC.arrivals().size());
    }

    @Test
    void mtuDropsOversizedDatagrams() {
        Simulation sim = Simulation.seeded(5);
        Host a = sim.host("192.0.2.1", "2001:db8::1");
        Host b = sim.host("198.51.100.1", "2001:db8::2");
        sim.link(a, b, LinkConditions.builder().mtu(1500).build());
        PacketSink sink4 = new PacketSink(b.address(9000));
        sim.bind(b, 9000, sink4);
        PacketSink sink6 = new PacketSink(null);
        var v6 = sim.bind(b, "2001:db8::2", 9000, sink6);
        var from6 = new java.net.InetSocketAddress(a.addresses().get(1), 7000);

        sim.send(a, datagram(a.address(7000), b.address(9000), 1472)); // 1500 with IPv4 + UDP
        sim.send(a, datagram(a.address(7000), b.address(9000), 1473));
        sim.send(a, datagram(from6, v6, 1452)); // 1500 with IPv6 + UDP
        sim.send(a, datagram(from6, v6, 1453));
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(List.of(1472), sink4.arrivals().stream().map(PacketSink.Arrival::size).toList());
        assertEquals(List.of(1452), sink6.arrivals().stream().map(PacketSink.Arrival::size).toList());
        assertEquals(2, sim.link(a, b).stats().droppedByMtu());
        assertEquals(2, sim.dropCount(DropReason.MTU_EXCEEDED));
    }

    private static Datagram datagram(java.net.InetSocketAddress from, java.net.InetSocketAddress to, int size) {
        return new Datagram(from, to, new byte[size]);
    }
}
