/**
 * Deterministic tests for sans-IO protocol cores: a virtual clock, a seeded simulated network
 * (delay, jitter, loss, burst loss, reordering, duplication, rate limits with drop-tail queues,
 * MTU, NATs of every RFC 4787 kind) and a driver that moves time from event to event, so that
 * ten minutes of a lossy session run in milliseconds and every failure replays from its seed.
 *
 * <p>A core is seen as an {@link io.jrtc.testkit.Endpoint}: {@code handleInput},
 * {@code handleTimeout}, {@code pollTransmit}, {@code pollTimeout}. A test builds a world, binds
 * endpoints, runs, and asserts:
 *
 * <pre>{@code
 * Simulation sim = Simulation.seeded(42);
 * Host client = sim.host("10.0.0.2");
 * Host server = sim.host("192.0.2.7");
 * Nat nat = sim.nat(NatType.PORT_RESTRICTED, "203.0.113.1", client);  // client moves behind it
 * sim.link(nat, server, LinkConditions.builder()
 *         .delay(Duration.ofMillis(25)).jitter(Duration.ofMillis(5)).loss(0.02).build());
 *
 * // EchoServer and Pinger stand for your endpoints (this module's tests have such toys).
 * sim.bind(server, 3478, new EchoServer(server.address(3478)));
 * Pinger pinger = new Pinger(client.address(5000), server.address(3478));
 * sim.bind(client, 5000, pinger);
 *
 * Trace trace = new Trace();          // optional: every send, delivery, drop and NAT rewrite
 * sim.tap(trace);
 * assertTrue(sim.runUntil(pinger::done, Duration.ofSeconds(10)), () -> trace.toString());
 * assertEquals(1, nat.mappings().size());
 * assertTrue(sim.link(nat, server).stats().lost() > 0);
 * }</pre>
 *
 * <p>Topology: {@link io.jrtc.testkit.Host}s and {@link io.jrtc.testkit.Nat}s are
 * {@link io.jrtc.testkit.Node}s. Each hop between two nodes on the same network passes the
 * sender's {@link io.jrtc.testkit.Node#uplink() uplink}, the path
 * {@link io.jrtc.testkit.Simulation#link(Node, Node) link} and the receiver's
 * {@link io.jrtc.testkit.Node#downlink() downlink}, each with its own
 * {@link io.jrtc.testkit.LinkConditions} and {@link io.jrtc.testkit.LinkStats}. A datagram from
 * behind a NAT takes two hops: host to NAT, then NAT to the destination.
 */
package io.jrtc.testkit;
