package io.jrtc.bench.ice;

import io.jrtc.ice.IceAgent;
import io.jrtc.ice.IceConfig;
import io.jrtc.ice.IceConnectionState;
import io.jrtc.ice.IceDatagram;
import io.jrtc.ice.IceEvent;
import io.jrtc.ice.IceRole;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Random;

/**
 * Two agents wired back to back with zero delay and virtual time: enough to bring a pair to
 * "connected" for measurements, without the simulated network's own overhead.
 */
final class AgentPair {
    final IceAgent a;
    final IceAgent b;
    final InetSocketAddress addrA;
    final InetSocketAddress addrB;
    long now;

    AgentPair(int index, long seed) {
        addrA = address(10, index, 5000);
        addrB = address(11, index, 6000);
        a = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLING).random(new Random(seed)).build());
        b = new IceAgent(IceConfig.builder().role(IceRole.CONTROLLED).random(new Random(seed + 1)).build());
        a.addHostAddress(addrA);
        b.addHostAddress(addrB);
        a.setRemoteCredentials(b.localCredentials());
        b.setRemoteCredentials(a.localCredentials());
        a.startGathering(0);
        b.startGathering(0);
        exchangeCandidates();
    }

    static InetSocketAddress address(int net, int index, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) net, (byte) (index >> 16),
                (byte) (index >> 8), (byte) index}), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exchangeCandidates() {
        for (IceEvent e = a.pollEvent(); e != null; e = a.pollEvent()) {
            if (e instanceof IceEvent.LocalCandidate c) {
                b.addRemoteCandidate(c.candidate());
            }
        }
        for (IceEvent e = b.pollEvent(); e != null; e = b.pollEvent()) {
            if (e instanceof IceEvent.LocalCandidate c) {
                a.addRemoteCandidate(c.candidate());
            }
        }
        a.endOfRemoteCandidates();
        b.endOfRemoteCandidates();
    }

    /** Runs virtual time until both agents selected a pair; returns false if that took over 10 s. */
    boolean connect() {
        while (now < 10_000_000_000L) {
            shuttle();
            if (a.selectedPair().isPresent() && b.selectedPair().isPresent()
                    && a.connectionState() == IceConnectionState.COMPLETED) {
                drainEvents();
                return true;
            }
            now = Math.max(now + 1, Math.min(a.pollTimeout(), b.pollTimeout()));
            if (a.pollTimeout() <= now) {
                a.handleTimeout(now);
            }
            if (b.pollTimeout() <= now) {
                b.handleTimeout(now);
            }
        }
        return false;
    }

    private void shuttle() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (IceDatagram d = a.pollTransmit(); d != null; d = a.pollTransmit()) {
                b.handleInput(now, IceDatagram.udp(d.remote(), d.local(), d.payload()));
                moved = true;
            }
            for (IceDatagram d = b.pollTransmit(); d != null; d = b.pollTransmit()) {
                a.handleInput(now, IceDatagram.udp(d.remote(), d.local(), d.payload()));
                moved = true;
            }
        }
    }

    private void drainEvents() {
        while (a.pollEvent() != null) {
            // discard
        }
        while (b.pollEvent() != null) {
            // discard
        }
    }
}
