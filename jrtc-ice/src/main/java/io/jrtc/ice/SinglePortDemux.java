package io.jrtc.ice;

import io.jrtc.stun.StunMessage;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Routes datagrams arriving on one shared socket to their agents (single-port mode, as SFUs
 * run): a Binding request goes to the agent whose local ufrag its USERNAME names (RFC 8445
 * §7.2.2); every other datagram (responses, DTLS, SRTP) goes to the agent its source address
 * belongs to. A source address is learned for an agent only from a request carrying valid
 * MESSAGE-INTEGRITY under that agent's local password: RFC 8445 §7.3 rejects a request that fails
 * the check, so a forged request with a spoofed source and a victim's ufrag still reaches the
 * victim's agent (which drops it) but never steers the legitimate peer's DTLS/SRTP elsewhere.
 * A sans-IO helper: the runtime owns the socket and calls {@link #route}. Not thread-safe.
 *
 * @param <A> what the caller keeps per agent (the agent itself, or its connection)
 */
public final class SinglePortDemux<A> {
    private record Entry<A>(A agent, Credentials credentials) {}

    private final Map<String, Entry<A>> byUfrag = new HashMap<>();
    private final Map<InetSocketAddress, A> byRemote = new HashMap<>();
    private long unrouted;
    private long unauthenticated;

    /**
     * Registers an agent under its current local credentials (again after an ICE restart; the old
     * ufrag keeps routing). The password is what requests must be signed with before their source
     * address is learned for this agent.
     */
    public void register(IceCredentials local, A agent) {
        byUfrag.put(local.ufrag(), new Entry<>(agent, new Credentials(local)));
    }

    /**
     * Registers a remote address for an agent before any check arrived from it (say, a peer's
     * candidate we check first: its responses then find the agent). Only for addresses the agent
     * itself chose to send to, never for addresses taken from unauthenticated input.
     */
    public void learn(InetSocketAddress remote, A agent) {
        byRemote.put(remote, agent);
    }

    /** Forgets an agent: its ufrags and remote addresses. */
    public void unregister(A agent) {
        byUfrag.values().removeIf(e -> e.agent() == agent);
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
            Entry<A> e = byUfrag.get(ufrag);
            if (e != null) {
                if (byRemote.get(remote) != e.agent()) {
                    // The agent checks integrity again; the HMAC here runs only when the route
                    // would change, i.e. once per new peer address, not on every consent check.
                    if (authentic(payload, e.credentials())) {
                        byRemote.put(remote, e.agent());
                    } else {
                        unauthenticated++;
                    }
                }
                return e.agent();
            }
        }
        A agent = byRemote.get(remote);
        if (agent == null) {
            unrouted++;
        }
        return agent;
    }

    private static boolean authentic(byte[] payload, Credentials c) {
        try {
            StunMessage m = StunMessage.decode(payload);
            return m.hasIntegrity() && m.checkIntegrity(c.key) && (!m.hasFingerprint() || m.checkFingerprint());
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** Datagrams no agent claimed. */
    public long unrouted() {
        return unrouted;
    }

    /**
     * Binding requests routed by ufrag whose MESSAGE-INTEGRITY did not verify, so their source
     * address was not learned (forged, or signed with an older password).
     */
    public long unauthenticated() {
        return unauthenticated;
    }

    /** How many ufrags are registered. */
    public int size() {
        return byUfrag.size();
    }
}
