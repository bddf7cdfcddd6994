package io.jrtc.ice;

import io.jrtc.ice.CandidatePair.State;
import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.StunClass;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.XorMappedAddress;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check list (RFC 8445 §6.1.2-§6.1.4, §7.2): forming pairs, pacing checks at Ta with
 * triggered checks first, processing responses, and regular nomination when controlling.
 */
final class Checks {
    private static final Logger LOG = LoggerFactory.getLogger(Checks.class);
    /** RFC 8445 §6.1.2.5 recommends limiting the check list; 100 is its suggested default. */
    static final int MAX_PAIRS = 100;

    private final AgentContext ctx;
    private final Transactions transactions;
    private final Selection selection;
    private long lastCheckAt = Long.MIN_VALUE / 2;
    long firstValidAt = -1;

    Checks(AgentContext ctx, Transactions transactions, Selection selection) {
        this.ctx = ctx;
        this.transactions = transactions;
        this.selection = selection;
    }

    // ---- forming pairs (§6.1.2)

    void pairRemote(RemoteCandidate r) {
        for (LocalCandidate l : ctx.locals) {
            if (l.pairable() && ctx.allowed(l)) {
                addPair(l, r);
            }
        }
    }

    void pairLocal(LocalCandidate l) {
        if (!l.pairable() || !ctx.allowed(l)) {
            return;
        }
        for (RemoteCandidate r : ctx.remotes) {
            addPair(l, r);
        }
    }

    /** Adds a pair unless present or of mixed families; returns it (or null). */
    CandidatePair addPair(LocalCandidate l, RemoteCandidate r) {
        return addPair(l, r, ctx.local);
    }

    /** As {@link #addPair(LocalCandidate, RemoteCandidate)}, the pair checked with these local credentials. */
    CandidatePair addPair(LocalCandidate l, RemoteCandidate r, Credentials localCreds) {
        if (!CandidateFactory.sameFamily(l.base(), r.address())) {
            return null;
        }
        CandidatePair existing = ctx.pair(l.base(), r.address());
        if (existing != null) {
            return existing;
        }
        if (ctx.pairs.size() >= MAX_PAIRS) {
            return null;
        }
        CandidatePair p = new CandidatePair(l, r, localCreds, ctx.remote);
        p.updatePriority(ctx.role);
        // §6.1.2.6: one pair per foundation starts Waiting, the rest Frozen until it succeeds.
        p.state = foundationActive(p.foundation()) ? State.FROZEN : State.WAITING;
        ctx.pairs.add(p);
        ctx.pairs.sort(CandidatePair::byPriorityDescending);
        return p;
    }

    private boolean foundationActive(String foundation) {
        for (CandidatePair q : ctx.pairs) {
            if (q.foundation().equals(foundation) && (q.state == State.WAITING || q.state == State.IN_PROGRESS)) {
                return true;
            }
        }
        return false;
    }

    void resortAfterRoleChange() {
        for (CandidatePair p : ctx.pairs) {
            p.updatePriority(ctx.role);
        }
        ctx.pairs.sort(CandidatePair::byPriorityDescending);
    }

    /** Queues a triggered check (§7.3.1.4); a pair being checked is checked again afterwards. */
    void trigger(CandidatePair p) {
        if (p.inFlight) {
            p.retrigger = true;
            return;
        }
        if (p.state != State.SUCCEEDED) {
            p.state = State.WAITING;
        }
        if (p.state == State.WAITING || p.nominating) {
            if (!ctx.triggered.contains(p)) {
                ctx.triggered.add(p);
            }
        }
    }

    // ---- pacing (§6.1.4.2)

    private boolean canCheck() {
        return !ctx.config.lite && ctx.remote != null && !ctx.closed;
    }

    private boolean hasWork() {
        return canCheck() && next(false) != null;
    }

    long nextTimeout() {
        long next = hasWork() ? lastCheckAt + ctx.config.taNanos : Long.MAX_VALUE;
        // Wake for nomination when a valid pair waits for it: at once if the stopping criterion
        // already holds (§8.1.1: nothing better can still succeed), else when the delay ends.
        // maybeNominate then acts, so a deadline already passed cannot spin.
        CandidatePair best = ctx.config.lite || !nominationPending() ? null : ctx.bestValid();
        if (best != null) {
            long at = betterPending(best) ? firstValidAt + ctx.config.nominationDelayNanos : ctx.now;
            next = Math.min(next, Math.max(at, ctx.now));
        }
        return next;
    }

    void onTimeout(long now) {
        maybeNominate(now);
        if (hasWork() && now >= lastCheckAt + ctx.config.taNanos) {
            CandidatePair p = next(true);
            if (p != null) {
                send(now, p);
                lastCheckAt = now;
            }
        }
    }

    /** The pair to check next: triggered first, then Waiting, then unfreezable Frozen (§6.1.4.2). */
    private CandidatePair next(boolean consume) {
        while (!ctx.triggered.isEmpty()) {
            CandidatePair p = ctx.triggered.peek();
            if ((p.state == State.WAITING || p.nominating) && !p.inFlight && p.remoteCreds != null
                    && ctx.pairs.contains(p)) {
                if (consume) {
                    ctx.triggered.poll();
                }
                return p;
            }
            ctx.triggered.poll();
        }
        for (CandidatePair p : ctx.pairs) {
            if (p.state == State.WAITING && p.remoteCreds != null) {
                return p;
            }
        }
        for (CandidatePair p : ctx.pairs) {
            if (p.state == State.FROZEN && p.remoteCreds != null && !foundationActive(p.foundation())) {
                return p;
            }
        }
        return null;
    }

    private void send(long now, CandidatePair p) {
        if (p.state != State.SUCCEEDED) {
            p.state = State.IN_PROGRESS;
        }
        p.inFlight = true;
        var id = ctx.newTransactionId();
        boolean nominate = p.nominating && ctx.role == IceRole.CONTROLLING;
        byte[] payload = CheckMessages.check(id, p.localCreds, p.remoteCreds, CandidateFactory.prflxPriority(p.local),
                ctx.role, ctx.tieBreaker, nominate);
        Transaction tx = new Transaction(id, Transaction.Kind.CHECK, payload, p.local.base(), p.remote.address(), p,
                null, nominate, p.remoteCreds.key, ctx.config.maxCheckTransmits);
        tx.role = ctx.role;
        transactions.start(now, tx);
    }

    // ---- nomination (§8.1.1, regular)

    private boolean nominationPending() {
        return ctx.role == IceRole.CONTROLLING && firstValidAt >= 0 && !nominatedThisGeneration()
                && !nominationInFlight();
    }

    private boolean nominatedThisGeneration() {
        return ctx.selected != null && ctx.selected.nominated && ctx.selected.current(ctx);
    }

    private boolean nominationInFlight() {
        for (CandidatePair p : ctx.pairs) {
            if (p.nominating) {
                return true;
            }
        }
        return false;
    }

    /** Nominates the best valid pair once no better pair can still succeed, or after the delay. */
    private void maybeNominate(long now) {
        if (ctx.config.lite || !nominationPending()) {
            return;
        }
        CandidatePair best = ctx.bestValid();
        if (best == null) {
            return;
        }
        if (betterPending(best) && now < firstValidAt + ctx.config.nominationDelayNanos) {
            return;
        }
        LOG.debug("nominating {}", best);
        best.nominating = true;
        if (best.inFlight) {
            best.retrigger = true;
        } else {
            ctx.triggered.addFirst(best);
        }
    }

    /** Whether a pair of higher priority than {@code best} may still succeed. */
    private boolean betterPending(CandidatePair best) {
        for (CandidatePair p : ctx.pairs) {
            if (p.pending() && Long.compareUnsigned(p.priority, best.priority) > 0) {
                return true;
            }
        }
        return false;
    }

    // ---- responses (§7.2.5)

    void onResponse(long now, IceDatagram d, StunMessage m, Transaction tx) {
        CandidatePair p = tx.pair;
        p.inFlight = false;
        if (!ctx.pairs.contains(p)) {
            return;
        }
        if (m.messageClass() == StunClass.ERROR_RESPONSE) {
            onError(now, m, tx);
        } else if (!d.remote().equals(tx.remote) || !d.local().equals(tx.local)) {
            // §7.2.5.2.1: addresses not symmetric.
            p.state = State.FAILED;
            p.nominating = false;
        } else {
            onSuccess(now, m, tx);
        }
        if (p.retrigger) {
            p.retrigger = false;
            trigger(p);
        }
    }

    private void onSuccess(long now, StunMessage m, Transaction tx) {
        CandidatePair p = tx.pair;
        p.state = State.SUCCEEDED;
        m.get(XorMappedAddress.class).ifPresent(x -> learnLocalPeerReflexive(x.address(), p.local));
        for (CandidatePair q : ctx.pairs) {
            if (q.state == State.FROZEN && q.foundation().equals(p.foundation())) {
                q.state = State.WAITING;
            }
        }
        if (firstValidAt < 0) {
            firstValidAt = now;
        }
        if (tx.nominate) {
            p.nominating = false;
            p.nominated = true;
            selection.select(now, p);
        } else if (ctx.role == IceRole.CONTROLLED && p.useCandidateReceived) {
            p.nominated = true;
            selection.select(now, p);
        }
        if (p == ctx.selected) {
            selection.consentRefreshed(now);
        }
    }

    /** §7.2.5.3.1: a mapped address we do not know is a local peer-reflexive candidate. */
    private void learnLocalPeerReflexive(InetSocketAddress mapped, LocalCandidate base) {
        for (LocalCandidate l : ctx.locals) {
            if (l.address().equals(mapped)) {
                return;
            }
        }
        ctx.locals.add(new LocalCandidate(CandidateFactory.localPeerReflexive(mapped, base), mapped, base.base()));
    }

    private void onError(long now, StunMessage m, Transaction tx) {
        CandidatePair p = tx.pair;
        int code = m.get(ErrorCode.class).map(ErrorCode::code).orElse(0);
        if (code == ErrorCode.ROLE_CONFLICT.code()) {
            ctx.roleConflicts++;
            if (ctx.role == tx.role) {
                selection.switchRole(tx.role.opposite());
            }
            if (p.state != State.SUCCEEDED) {
                p.state = State.WAITING;
            }
            trigger(p);
            return;
        }
        LOG.debug("check on {} failed with {}", p, code);
        p.state = State.FAILED;
        p.nominating = false;
    }

    void onFailure(Transaction tx) {
        CandidatePair p = tx.pair;
        p.inFlight = false;
        if (p.state == State.IN_PROGRESS || p.nominating) {
            p.state = State.FAILED;
        }
        p.nominating = false;
        if (p.retrigger) {
            p.retrigger = false;
            trigger(p);
        }
    }

    /**
     * The peer's credentials are now known: pairs formed before get them, and candidates that
     * name another ufrag (a late candidate of an older generation, RFC 8838 §4.4) are dropped.
     */
    void remoteCredentialsKnown(Credentials remote) {
        ctx.remotes.removeIf(r -> r.candidate().ufrag().filter(u -> !u.equals(remote.ufrag())).isPresent());
        ctx.pairs.removeIf(p -> !ctx.remotes.contains(p.remote));
        for (CandidatePair p : ctx.pairs) {
            if (p.remoteCreds == null && p.localCreds == ctx.local) {
                p.remoteCreds = remote;
            }
        }
    }

    /** After an ICE restart: a fresh check list; the selected pair stays outside it. */
    void reset() {
        ctx.pairs.clear();
        ctx.triggered.clear();
        transactions.cancelChecks();
        firstValidAt = -1;
    }
}
