package io.jrtc.ice;

import io.jrtc.ice.internal.IpLiteral;
import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.TransactionId;
import io.jrtc.stun.XorMappedAddress;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Local candidates (RFC 8445 §5.1.1): host candidates for the sockets the caller names,
 * server-reflexive ones from STUN Binding requests the agent sends itself, relayed ones handed in
 * by a TURN client. Gathering completes when every STUN server answered or timed out.
 */
final class Gatherer {
    /** STUN server requests: 500 ms doubling, 5 transmissions (about 8 s to give up). */
    private static final int SERVER_TRANSMITS = 5;

    private final AgentContext ctx;
    private final Transactions transactions;
    private final Checks checks;
    private final List<InetSocketAddress> hostBases = new ArrayList<>();
    private record Relay(InetSocketAddress relayed, InetSocketAddress mapped, InetSocketAddress server, int preference) {}

    private final List<Relay> relaySpecs = new ArrayList<>();
    private final List<LocalCandidate> relays = new ArrayList<>();
    IceGatheringState state = IceGatheringState.NEW;
    private int pending;

    Gatherer(AgentContext ctx, Transactions transactions, Checks checks) {
        this.ctx = ctx;
        this.transactions = transactions;
        this.checks = checks;
    }

    void addHost(long now, InetSocketAddress base) {
        if (hostBases.contains(base)) {
            return;
        }
        hostBases.add(base);
        if (state != IceGatheringState.NEW) {
            gatherFrom(now, base);
        }
    }

    /** A relayed candidate; {@code preference} -1 means the next one down from 65535. */
    void addRelay(long now, InetSocketAddress relayed, InetSocketAddress mapped, InetSocketAddress server,
            int preference) {
        int localPreference = preference >= 0 ? preference : 65535 - relays.size();
        IceCandidate c = CandidateFactory.relay(relayed, mapped, server.getAddress(), localPreference,
                ctx.local.ufrag(), ctx.generation);
        LocalCandidate l = new LocalCandidate(c, relayed, relayed);
        relays.add(l);
        relaySpecs.add(new Relay(relayed, mapped, server, localPreference));
        if (state != IceGatheringState.NEW) {
            announce(l);
        }
    }

    /**
     * A relay whose server is no longer configured: it is not signaled again at the next restart.
     * Its candidate and pairs of this generation stay until then, so a selected pair through it
     * keeps working until the restart selects another.
     */
    void forgetRelay(InetSocketAddress relayed) {
        relaySpecs.removeIf(r -> r.relayed().equals(relayed));
        relays.removeIf(l -> l.address().equals(relayed));
    }

    void start(long now) {
        if (state == IceGatheringState.GATHERING) {
            return;
        }
        setState(IceGatheringState.GATHERING);
        for (InetSocketAddress base : hostBases) {
            gatherFrom(now, base);
        }
        for (LocalCandidate r : List.copyOf(relays)) {
            announce(r);
        }
        completeIfDone();
    }

    /** ICE restart: the same sockets, new ufrag, candidates gathered and signaled again. */
    void restart(long now) {
        ctx.locals.clear();
        List<Relay> specs = List.copyOf(relaySpecs);
        relays.clear();
        relaySpecs.clear();
        state = IceGatheringState.NEW;
        for (Relay r : specs) {
            addRelay(now, r.relayed(), r.mapped(), r.server(), r.preference());
        }
        start(now);
    }

    private void gatherFrom(long now, InetSocketAddress base) {
        if (ctx.transportPolicy == IceTransportPolicy.RELAY) {
            return; // W3C "relay": host and srflx candidates are neither gathered nor used
        }
        boolean v6 = base.getAddress() instanceof Inet6Address;
        int index = 0;
        for (InetSocketAddress b : hostBases) {
            if (b.equals(base)) {
                break;
            }
            index += (b.getAddress() instanceof Inet6Address) == v6 ? 1 : 0;
        }
        IceCandidate c = CandidateFactory.host(base, IcePriorities.localPreference(v6, index), ctx.local.ufrag(),
                ctx.generation);
        LocalCandidate host = new LocalCandidate(c, base, base);
        announce(host);
        if (ctx.config.lite) {
            return;
        }
        for (InetSocketAddress server : ctx.stunServers) {
            if (CandidateFactory.sameFamily(server, base)) {
                TransactionId id = ctx.newTransactionId();
                Transaction tx = new Transaction(id, Transaction.Kind.GATHER, CheckMessages.serverRequest(id), base,
                        server, null, host, false, null, SERVER_TRANSMITS);
                pending++;
                transactions.start(now, tx);
                tx.rto = 2 * ctx.config.checkRtoNanos;
                tx.nextAt = now + tx.rto;
            }
        }
    }

    private void announce(LocalCandidate l) {
        ctx.locals.add(l);
        ctx.emit(new IceEvent.LocalCandidate(l.candidate()));
        checks.pairLocal(l);
    }

    void onResponse(IceDatagram d, StunMessage m, Transaction tx) {
        if (m.messageClass() == StunClass.SUCCESS_RESPONSE) {
            var mapped = m.get(XorMappedAddress.class).map(XorMappedAddress::address);
            if (mapped.isPresent()) {
                addServerReflexive(mapped.get(), tx);
            } else {
                error(tx, 701, "response without XOR-MAPPED-ADDRESS");
            }
        } else {
            ErrorCode e = m.get(ErrorCode.class).orElse(ErrorCode.BAD_REQUEST);
            error(tx, e.code(), e.reason());
        }
        done();
    }

    private void addServerReflexive(InetSocketAddress mapped, Transaction tx) {
        for (LocalCandidate l : ctx.locals) {
            if (l.address().equals(mapped)) {
                return; // no NAT, or another server said the same (§5.1.3: remove duplicates)
            }
        }
        IceCandidate c = CandidateFactory.serverReflexive(mapped, tx.gatherBase, tx.remote.getAddress(),
                ctx.local.ufrag(), ctx.generation);
        LocalCandidate l = new LocalCandidate(c, mapped, tx.gatherBase.base());
        if (!ctx.allowed(l)) {
            return; // the policy became "relay" while the server was answering
        }
        ctx.locals.add(l);
        ctx.emit(new IceEvent.LocalCandidate(c));
    }

    void onFailure(Transaction tx) {
        error(tx, 701, "STUN server did not answer");
        done();
    }

    private void error(Transaction tx, int code, String text) {
        InetSocketAddress base = tx.gatherBase.base();
        String server = IpLiteral.format(tx.remote.getAddress());
        String url = "stun:" + (server.indexOf(':') >= 0 ? "[" + server + "]" : server) + ":" + tx.remote.getPort();
        ctx.emit(new IceEvent.CandidateError(IpLiteral.format(base.getAddress()), base.getPort(), url, code, text));
    }

    private void done() {
        pending--;
        completeIfDone();
    }

    private void completeIfDone() {
        if (pending == 0 && state == IceGatheringState.GATHERING) {
            setState(IceGatheringState.COMPLETE);
        }
    }

    private void setState(IceGatheringState s) {
        state = s;
        ctx.emit(new IceEvent.GatheringStateChanged(s));
    }
}
