package io.jrtc.bench.ice;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceRole;
import io.jrtc.ice.SinglePortDemux;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Single-port mode at scale, in virtual time: N ICE-lite server agents share one socket behind a
 * {@link SinglePortDemux}; N full clients connect to them at once, then stay connected for a
 * simulated minute of consent checks. Prints the wall-clock time and the checks the shared socket
 * processed per second. Delivery is immediate (no network model), so the figure is the agents'
 * and the demultiplexer's cost alone. Run with
 * {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.ice.SinglePortSimulation [agents]}.
 */
public final class SinglePortSimulation {
    private record Wake(long at, IceAgent agent) {}

    private final InetSocketAddress serverAddress = AgentPair.address(192, 1, 443);
    private final SinglePortDemux<IceAgent> demux = new SinglePortDemux<>();
    private final Map<InetSocketAddress, IceAgent> clientsByAddress = new HashMap<>();
    private final Map<IceAgent, Long> scheduled = new HashMap<>();
    private final PriorityQueue<Wake> timers = new PriorityQueue<>((x, y) -> Long.compare(x.at, y.at));
    private final ArrayDeque<IceDatagram> wire = new ArrayDeque<>();
    private IceAgent[] servers;
    private IceAgent[] clients;
    private long now;

    private SinglePortSimulation() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SinglePortSimulation s = new SinglePortSimulation();
        s.setUp(n);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long connectedAt = s.run(n);
        long connectWall = System.nanoTime() - start;
        s.runUntil(connectedAt + 60_000_000_000L);
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long checks = 0;
        for (IceAgent a : s.servers) {
            checks += a.stats().checksReceived();
        }
        System.out.printf("%d agents on one port: all connected after %.2f s virtual, %.0f ms wall%n",
                n, connectedAt / 1e9, connectWall / 1e6);
        System.out.printf("%d checks processed by the shared socket in %.0f ms wall: %.0f checks/s; %d unrouted%n",
                checks, wall / 1e6, checks / (wall / 1e9), s.demux.unrouted());
        // On a shared machine wall time depends on the neighbours; the thread's CPU time does not.
        System.out.printf("CPU time of the simulation thread: %.0f ms, %.0f checks per CPU-second "
                + "(both ends of every check: client request, demux, server answer, client verification)%n",
                cpu / 1e6, checks / (cpu / 1e9));
    }

    private void setUp(int n) {
        servers = new IceAgent[n];
        clients = new IceAgent[n];
        for (int i = 0; i < n; i++) {
            IceAgent server = new IceAgent(IceConfig.builder().lite(true).random(new Random(i)).build());
            server.addHostAddress(serverAddress);
            server.startGathering(0);
            demux.register(server.localCredentials(), server);
            InetSocketAddress clientAddress = AgentPair.address(10, i, 5000);
            IceAgent client = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLING).random(new Random(~i)).build());
            client.addHostAddress(clientAddress);
            client.setRemoteLite(true);
            client.setRemoteCredentials(server.localCredentials());
            server.setRemoteCredentials(client.localCredentials());
            for (IceEvent e = server.pollEvent(); e != null; e = server.pollEvent()) {
                if (e instanceof IceEvent.LocalCandidate c) {
                    client.addRemoteCandidate(c.candidate());
                }
            }
            client.startGathering(0);
            clientsByAddress.put(clientAddress, client);
            servers[i] = server;
            clients[i] = client;
            touch(client);
        }
    }

    /** Runs until every client has a selected pair; returns that virtual time. */
    private long run(int n) {
        int connected = 0;
        for (long steps = 1; connected < n; steps++) {
            step();
            if (steps % n == 0) {
                connected = 0;
                for (IceAgent c : clients) {
                    connected += c.selectedPair().isPresent() ? 1 : 0;
                }
            }
        }
        return now;
    }

    private void runUntil(long end) {
        while (!timers.isEmpty() && timers.peek().at <= end) {
            step();
        }
        now = end;
    }

    private void step() {
        Wake w = timers.poll();
        if (w == null) {
            throw new IllegalStateException("nothing left to do");
        }
        Long current = scheduled.get(w.agent);
        if (current == null || current != w.at) {
            return; // stale entry
        }
        scheduled.remove(w.agent);
        now = Math.max(now, w.at);
        w.agent.handleTimeout(now);
        flush(w.agent);
    }

    private void flush(IceAgent origin) {
        collect(origin);
        while (!wire.isEmpty()) {
            IceDatagram d = wire.poll();
            IceAgent to = d.remote().equals(serverAddress) ? demux.route(d.local(), d.payload())
                    : clientsByAddress.get(d.remote());
            if (to != null) {
                to.handleInput(now, IceDatagram.udp(d.remote(), d.local(), d.payload()));
                collect(to);
            }
        }
    }

    private void collect(IceAgent agent) {
        for (IceDatagram d = agent.pollTransmit(); d != null; d = agent.pollTransmit()) {
            wire.add(d);
        }
        while (agent.pollEvent() != null) {
            // events are not needed here
        }
        touch(agent);
    }

    private void touch(IceAgent agent) {
        long at = agent.pollTimeout();
        Long current = scheduled.get(agent);
        if (at == Long.MAX_VALUE) {
            scheduled.remove(agent);
        } else if (current == null || current != at) {
            scheduled.put(agent, at);
            timers.add(new Wake(at, agent));
        }
    }
}
