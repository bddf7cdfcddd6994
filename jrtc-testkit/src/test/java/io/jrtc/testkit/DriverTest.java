package io.jrtc.testkit;

import static io.jrtc.testkit.Tolerance.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverTest {
    private static final long MS = 1_000_000;

    private final Simulation sim = Simulation.seeded(11);
    private final Host clientHost = sim.host("192.0.2.1");
    private final Host serverHost = sim.host("198.51.100.1");
    private final InetSocketAddress serverAddress = serverHost.address(3478);

    @Test
    void timeoutsFireExactlyWhenAsked() {
        // No server bound: every attempt is dropped and the client retransmits every 200 ms.
        RequestClient client = client(1, Duration.ofMillis(200));
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(List.of(0L, 200 * MS, 400 * MS, 600 * MS, 800 * MS, 1000 * MS), client.sendTimes());
        assertEquals(6, sim.dropCount(DropReason.NO_ENDPOINT));
        assertEquals(1000 * MS, sim.now());
    }

    @Test
    void retransmissionRecoversFromHalfTheDatagramsLost() {
        int requests = 400;
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(25)).loss(0.5).build());
        sim.bind(serverHost, 3478, new EchoServer(serverAddress));
        RequestClient client = client(requests, Duration.ofMillis(200));

        assertTrue(sim.runUntil(client::done, Duration.ofHours(1)), sim::status);

        // An attempt succeeds if request and response both survive: q = 1/4. Attempts per request
        // are geometric: mean 1/q = 4, variance (1 - q)/q^2 = 12.
        double q = 0.25;
        assertTrue(client.retransmissions() > 0);
        assertRate("attempts per request", (double) client.attempts() / requests, 1 / q,
                Math.sqrt((1 - q) / (q * q) / requests));
        // Every round trip is 50 ms plus a whole number of RTOs.
        client.roundTrips().forEach(rtt -> assertEquals(50 * MS, rtt % (200 * MS), () -> "rtt " + rtt));
    }

    @Test
    void runUntilStopsAtTheConditionOrAtTheLimit() {
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(30)).build());
        sim.bind(serverHost, 3478, new EchoServer(serverAddress));
        RequestClient client = client(3, Duration.ofSeconds(1));

        assertTrue(sim.runUntil(() -> client.completed() == 1, Duration.ofSeconds(5)));
        assertEquals(60 * MS, sim.now(), "stops the moment the condition holds");

        assertFalse(sim.runUntil(() -> false, Duration.ofMillis(500)));
        assertEquals(560 * MS, sim.now(), "the clock ends exactly at the limit");

        assertTrue(sim.runUntil(client::done, Duration.ofSeconds(5)));
        assertTrue(sim.runUntil(() -> true, Duration.ZERO), "a condition that already holds");
    }

    @Test
    void stepDoesOneThingAndReportsIdleness() {
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(30)).build());
        sim.bind(serverHost, 3478, new EchoServer(serverAddress));
        RequestClient client = client(1, Duration.ofSeconds(1));

        List<Long> times = new ArrayList<>();
        while (sim.step()) {
            times.add(sim.now());
        }
        assertTrue(client.done());
        // Send at 0; at 30 ms the request leaves the link and is delivered; at 60 ms the reply.
        assertEquals(List.of(0L, 30 * MS, 30 * MS, 60 * MS, 60 * MS), times);
        assertFalse(sim.step(), "idle");
        sim.runFor(Duration.ofSeconds(3));
        assertEquals(3060 * MS, sim.now(), "an idle run still moves the clock");
    }

    @Test
    void networkEventsComeBeforeTimeoutsDueAtTheSameInstant() {
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(50)).build());
        sim.bind(serverHost, 3478, new EchoServer(serverAddress));
        // RTO equal to the round trip: the reply and the timer are due at exactly 100 ms.
        RequestClient client = client(1, Duration.ofMillis(100));
        sim.runFor(Duration.ofSeconds(1));

        assertTrue(client.done());
        assertEquals(0, client.retransmissions(), "the reply cancelled the timer before it fired");
    }

    @Test
    void endpointsPokedBetweenRunsAreNoticed() {
        Mailbox a = new Mailbox(clientHost.address(5000));
        Mailbox b = new Mailbox(serverAddress);
        sim.bind(clientHost, 5000, a);
        sim.bind(serverHost, 3478, b);
        sim.runFor(Duration.ofSeconds(1));

        a.send(serverAddress, "late news");
        sim.runFor(Duration.ofMillis(1));
        assertEquals(List.of("late news"), b.texts());
    }

    @Test
    void sendingFromAnAddressNotBoundFailsLoudly() {
        Mailbox a = new Mailbox(clientHost.address(6000)); // believes it is on 6000
        sim.bind(clientHost, 5000, a);
        a.send(serverAddress, "x");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sim.runFor(Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("192.0.2.1:6000") && e.getMessage().contains("192.0.2.1:5000"),
                e.getMessage());
    }

    @Test
    void unboundEndpointsAreNoLongerDriven() {
        sim.bind(serverHost, 3478, new EchoServer(serverAddress));
        RequestClient client = client(1000, Duration.ofMillis(200));
        sim.runFor(Duration.ofMillis(1));
        long attempts = client.attempts();
        sim.unbind(client);
        sim.runFor(Duration.ofSeconds(10));
        assertEquals(attempts, client.attempts());
        assertTrue(clientHost.boundAddresses().isEmpty());
    }

    @Test
    void unroutableAndUnboundDestinationsAreCountedAndDropped() {
        Trace trace = new Trace();
        sim.tap(trace);
        InetSocketAddress from = clientHost.address(1);
        sim.send(clientHost, new Datagram(from, serverHost.address(1), new byte[1])); // nothing bound there
        sim.send(clientHost, new Datagram(from, new InetSocketAddress(IpLiteral.of("203.0.113.99"), 1), new byte[1]));
        sim.runFor(Duration.ofMillis(1));

        assertEquals(1, sim.dropCount(DropReason.NO_ENDPOINT));
        assertEquals(1, sim.dropCount(DropReason.NO_ROUTE));
        assertEquals(2, trace.count(TraceEvent.Kind.DROP));
    }

    @Test
    void aHostTalksToItselfWithoutTouchingAnyLink() {
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(30)).build());
        clientHost.uplink().setConditions(LinkConditions.builder().loss(1.0).build());
        Mailbox a = new Mailbox(clientHost.address(5000));
        Mailbox b = new Mailbox(clientHost.address(5001));
        sim.bind(clientHost, 5000, a);
        sim.bind(clientHost, 5001, b);
        a.send(clientHost.address(5001), "loopback");
        sim.runFor(Duration.ZERO);

        assertEquals(List.of("loopback"), b.texts());
        assertEquals(0, clientHost.uplink().stats().sent());
    }

    @Test
    void lambdaEndpointsAdaptCoresOfOtherShapes() {
        List<Long> inputs = new ArrayList<>();
        Endpoint sink = Endpoint.of("lambda-sink", (now, d) -> inputs.add(now), now -> { }, () -> null,
                () -> Endpoint.NEVER);
        sim.link(clientHost, serverHost, LinkConditions.builder().delay(Duration.ofMillis(7)).build());
        sim.bind(serverHost, 3478, sink);
        sim.send(clientHost, new Datagram(clientHost.address(1), serverAddress, new byte[3]));
        sim.runFor(Duration.ofSeconds(1));

        assertEquals(List.of(7 * MS), inputs);
        assertEquals("lambda-sink", sink.toString());
    }

    @Test
    void ephemeralPortsAreAllocatedOnBindToZero() {
        InetSocketAddress first = sim.bind(clientHost, 0, new Mailbox(null));
        InetSocketAddress second = sim.bind(clientHost, 0, new Mailbox(null));
        assertEquals(List.of(32768, 32769), List.of(first.getPort(), second.getPort()));
        assertThrows(IllegalStateException.class, () -> sim.bind(clientHost, 32768, new Mailbox(null)));
    }

    private RequestClient client(int requests, Duration rto) {
        RequestClient client = new RequestClient(clientHost.address(5000), serverAddress, requests, rto, Duration.ZERO);
        sim.bind(clientHost, 5000, client);
        return client;
    }
}
