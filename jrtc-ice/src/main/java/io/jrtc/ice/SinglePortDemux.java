package io.jrtc.ice;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Routes datagrams arriving on one shared socket to their agents (single-port mode, as SFUs
 * run): a Binding request goes to the agent whose local ufrag its USERNAME names (RFC 8445
 * §7.2.2), and its source address is remembered for that agent; every other datagram (responses,
 * DTLS, SRTP) goes to the agent that address belongs to. A sans-IO helper: the runtime owns the
 * socket and calls {@link #route}. Not thread-safe.
 *
 * @param <A> what the caller keeps per agent (the agent itself, or its connection)
 */
public final class SinglePortDemux<A> {
    private final Map<String, A> byUfrag = new HashMap<>();
    private final Map<InetSocketAddress, A> byRemote = new HashMap<>();
    private long unrouted;

    /** Registers an agent under its current local ufrag (again after an ICE restart). */
    public void register(String localUfrag, A agent) {
        byUfrag.put(localUfrag, agent);
    }

    /**
     * Registers a remote address for an agent before any check arrived from it (say, a peer's
     * candidate we check first: its responses then find the agent).
     */
    public void learn(InetSocketAddress remote, A agent) {
        byRemote.put(remote, agent);
    }

    /** Forgets an agent: its ufrags and remote addresses. */
    public void unregister(A agent) {
        byUfrag.values().removeIf(a -> a == agent);
        for (Iterator<A> it = byRemote.values().iterator(); it.hasNext();) {
            if (it.next() == agent) {
                it.remove();
            }
        }
    }

    /** The agent this datagram belongs to, or null (counted in {@link #unrouted()}). Never throws. */
    public A route(InetSocketAddress remote, byte[] payload) {
        String ufrag = payload.length > 0 && (payload[0] & 0xFF) <= 3 ? IceAgent.localUfrag(payload) : null;
        if (ufrag != null) {
            A agent = byUfrag.get(ufrag);
            if (agent != null) {
                byRemote.put(remote, agent);
                return agent;
            }
        }
        A agent = byRemote.get(remote);
        if (agent == null) {
            unrouted++;
        }
        return agent;
    }

    /** Datagrams no agent claimed. */
    public long unrouted() {
        return unrouted;
    }

    /** How many ufrags are registered. */
    public int size() {
        return byUfrag.size();
    }
}
