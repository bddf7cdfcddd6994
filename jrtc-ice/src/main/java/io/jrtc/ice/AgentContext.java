package io.jrtc.ice;

import io.jrtc.stun.TransactionId;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state one agent's parts share: candidates, pairs, transactions, outgoing queues and
 * counters. The parts (gathering, checks, requests, consent, state) each own one concern.
 */
final class AgentContext {
    final IceConfig config;
    /** The STUN servers of the next gathering (the configuration's until {@link IceAgent#reconfigure}). */
    List<InetSocketAddress> stunServers;
    /** The candidate policy in force (the configuration's until {@link IceAgent#reconfigure}). */
    IceTransportPolicy transportPolicy;
    IceRole role;
    final long tieBreaker;
    Credentials local;
    /** The credentials before the last restart, still answered until a new pair is selected. */
    Credentials previousLocal;
    Credentials remote;
    boolean remoteLite;
    boolean remoteEndOfCandidates;
    int generation;
    boolean closed;
    /** The latest time any entry point was called with. */
    long now;

    final List<LocalCandidate> locals = new ArrayList<>();
    final List<RemoteCandidate> remotes = new ArrayList<>();
    final List<CandidatePair> pairs = new ArrayList<>();
    final ArrayDeque<CandidatePair> triggered = new ArrayDeque<>();
    final Map<TransactionId, Transaction> transactions = new HashMap<>();
    CandidatePair selected;

    final ArrayDeque<IceDatagram> out = new ArrayDeque<>();
    final ArrayDeque<IceEvent> events = new ArrayDeque<>();

    long checksSent;
    long checksReceived;
    long responsesReceived;
    long droppedMalformed;
    long droppedBadIntegrity;
    long droppedUnknown;
    long unknownAttributeErrors;
    long roleConflicts;
    long dataSent;
    long dataReceived;

    AgentContext(IceConfig config) {
        this.config = config;
        this.stunServers = config.stunServers;
        this.transportPolicy = config.transportPolicy;
        this.role = config.role;
        this.tieBreaker = config.random.nextLong();
        this.local = new Credentials(config.credentials);
    }

    /** W3C {@code iceTransportPolicy} "relay": only relayed local candidates are signaled and paired. */
    boolean allowed(LocalCandidate l) {
        return transportPolicy == IceTransportPolicy.ALL || l.type() == IceCandidateType.RELAY;
    }

    TransactionId newTransactionId() {
        byte[] b = new byte[TransactionId.LENGTH];
        config.random.nextBytes(b);
        return TransactionId.of(b);
    }

    void send(InetSocketAddress from, InetSocketAddress to, byte[] payload) {
        out.add(IceDatagram.udp(from, to, payload));
    }

    void emit(IceEvent e) {
        events.add(e);
    }

    LocalCandidate localByBase(InetSocketAddress base) {
        for (LocalCandidate c : locals) {
            if (c.pairable() && c.base().equals(base)) {
                return c;
            }
        }
        return null;
    }

    RemoteCandidate remoteByAddress(InetSocketAddress address) {
        for (RemoteCandidate r : remotes) {
            if (r.address().equals(address)) {
                return r;
            }
        }
        return null;
    }

    CandidatePair pair(InetSocketAddress base, InetSocketAddress remoteAddress) {
        for (CandidatePair p : pairs) {
            if (p.local.base().equals(base) && p.remote.address().equals(remoteAddress)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The pair of this base and remote address: the selected pair first, which after an ICE
     * restart is no longer in the check list; or null.
     */
    CandidatePair pairOrSelected(InetSocketAddress base, InetSocketAddress remoteAddress) {
        CandidatePair s = selected;
        if (s != null && s.local.base().equals(base) && s.remote.address().equals(remoteAddress)) {
            return s;
        }
        return pair(base, remoteAddress);
    }

    /** The best pair that passed a check, or null. */
    CandidatePair bestValid() {
        CandidatePair best = null;
        for (CandidatePair p : pairs) {
            if (p.state == CandidatePair.State.SUCCEEDED
                    && (best == null || Long.compareUnsigned(p.priority, best.priority) > 0)) {
                best = p;
            }
        }
        return best;
    }

    IceStats stats() {
        return new IceStats(checksSent, checksReceived, responsesReceived, droppedMalformed, droppedBadIntegrity,
                droppedUnknown, unknownAttributeErrors, roleConflicts, dataSent, dataReceived);
    }
}
