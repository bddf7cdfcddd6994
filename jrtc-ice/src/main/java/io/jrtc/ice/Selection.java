package io.jrtc.ice;

import io.jrtc.stun.TransactionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selected pair and what keeps it alive: consent freshness (RFC 7675 §5.1: a check every
 * 5 s randomized to 0.8-1.2 of that, consent lost 30 s after the last response) and keepalives
 * (RFC 8445 §11: a Binding indication when nothing was sent for 15 s). Also role switches.
 */
final class Selection {
    private static final Logger LOG = LoggerFactory.getLogger(Selection.class);

    /** With the default 250 ms RTO: sent at 0, 0.25, 0.75, 1.75 s, abandoned at 3.75 s, before the next check. */
    private static final int CONSENT_TRANSMITS = 4;

    private final AgentContext ctx;
    private Transactions transactions;
    private Runnable onRoleChange = () -> {};
    long lastConsentAt = -1;
    long nextConsentCheckAt = Long.MAX_VALUE;
    long lastSentAt;
    boolean consentLost;

    Selection(AgentContext ctx) {
        this.ctx = ctx;
    }

    void wire(Transactions t, Runnable roleChanged) {
        this.transactions = t;
        this.onRoleChange = roleChanged;
    }

    /**
     * Selects a nominated pair. Within one generation a controlled agent keeps the best of the
     * pairs nominated so far (an aggressive peer may nominate several, RFC 8445 §8.2); a pair
     * of a new generation (after a restart) always replaces the old one.
     */
    void select(long now, CandidatePair p) {
        CandidatePair cur = ctx.selected;
        if (cur == p) {
            return;
        }
        if (cur != null && cur.sameGeneration(p) && cur.nominated
                && Long.compareUnsigned(cur.priority, p.priority) >= 0) {
            return;
        }
        LOG.debug("selected {}", p);
        ctx.selected = p;
        // The previous credentials stay answered while the selected pair still uses them.
        if (p.localCreds != ctx.previousLocal) {
            ctx.previousLocal = null;
        }
        consentLost = false;
        lastConsentAt = now;
        lastSentAt = now;
        nextConsentCheckAt = now + jitteredInterval();
        ctx.emit(new IceEvent.SelectedPairChanged(new IceCandidatePair(p.local.candidate(), p.remote.candidate())));
    }

    void consentRefreshed(long now) {
        if (!consentLost) {
            lastConsentAt = now;
        }
    }

    void switchRole(IceRole role) {
        LOG.debug("role conflict: switching to {}", role);
        ctx.role = role;
        onRoleChange.run();
        ctx.emit(new IceEvent.RoleChanged(role));
    }

    private long jitteredInterval() {
        double factor = 0.8 + 0.4 * ctx.config.random.nextDouble();
        return (long) (ctx.config.consentIntervalNanos * factor);
    }

    void onTimeout(long now) {
        CandidatePair p = ctx.selected;
        if (p == null || ctx.closed) {
            return;
        }
        if (!consentLost && now - lastConsentAt >= ctx.config.consentTimeoutNanos) {
            LOG.debug("consent lost on {}", p);
            consentLost = true;
        }
        if (!ctx.config.lite && now >= nextConsentCheckAt && p.remoteCreds != null) {
            sendConsentCheck(now, p);
            nextConsentCheckAt = now + jitteredInterval();
        }
        if (!consentLost && now >= lastSentAt + ctx.config.keepaliveNanos) {
            TransactionId id = ctx.newTransactionId();
            ctx.send(p.local.base(), p.remote.address(), CheckMessages.keepalive(id));
            lastSentAt = now;
        }
    }

    /**
     * Each consent check is a new transaction (RFC 7675 §5.1), retransmitted a few times within
     * the interval so that one lost packet does not count as silence.
     */
    private void sendConsentCheck(long now, CandidatePair p) {
        TransactionId id = ctx.newTransactionId();
        byte[] payload = CheckMessages.check(id, p.localCreds, p.remoteCreds, CandidateFactory.prflxPriority(p.local),
                ctx.role, ctx.tieBreaker, false);
        Transaction tx = new Transaction(id, Transaction.Kind.CONSENT, payload, p.local.base(), p.remote.address(),
                p, null, false, p.remoteCreds.key, CONSENT_TRANSMITS);
        tx.role = ctx.role;
        transactions.start(now, tx);
        lastSentAt = now;
    }

    long nextTimeout() {
        if (ctx.selected == null || ctx.closed) {
            return Long.MAX_VALUE;
        }
        long next = consentLost ? Long.MAX_VALUE : lastSentAt + ctx.config.keepaliveNanos;
        if (!ctx.config.lite) {
            next = Math.min(next, nextConsentCheckAt);
        }
        if (!consentLost) {
            // State-only deadlines: wake when they pass, never for one already behind us.
            long disconnectAt = lastConsentAt + ctx.config.disconnectedTimeoutNanos;
            long lostAt = lastConsentAt + ctx.config.consentTimeoutNanos;
            next = Math.min(next, disconnectAt > ctx.now ? disconnectAt : lostAt);
        }
        return next;
    }

    boolean disconnected(long now) {
        return ctx.selected != null && now - lastConsentAt >= ctx.config.disconnectedTimeoutNanos;
    }
}
