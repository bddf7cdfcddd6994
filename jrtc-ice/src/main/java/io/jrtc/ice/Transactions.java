package io.jrtc.ice;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends requests and retransmits them (RFC 8489 §6.2.1): the first timeout is the configured
 * RTO, doubling each time up to 8x; after the last transmission the request waits one more
 * timeout and fails.
 */
final class Transactions {
    private final AgentContext ctx;

    Transactions(AgentContext ctx) {
        this.ctx = ctx;
    }

    void start(long now, Transaction tx) {
        ctx.transactions.put(tx.id, tx);
        tx.rto = ctx.config.checkRtoNanos;
        tx.transmits = 0;
        if (tx.pair != null) {
            tx.pair.counters.requestsSent++;
            if (tx.kind == Transaction.Kind.CONSENT) {
                tx.pair.counters.consentRequestsSent++;
            }
        }
        transmit(now, tx);
    }

    private void transmit(long now, Transaction tx) {
        tx.transmits++;
        tx.nextAt = now + tx.rto;
        tx.lastSentAt = now;
        ctx.send(tx.local, tx.remote, tx.payload.clone());
        if (tx.kind != Transaction.Kind.GATHER) {
            ctx.checksSent++;
        }
    }

    /** Retransmits what is due; returns the requests that timed out for good. */
    List<Transaction> onTimeout(long now) {
        List<Transaction> failed = null;
        for (Transaction tx : ctx.transactions.values()) {
            if (now < tx.nextAt) {
                continue;
            }
            if (tx.transmits >= tx.maxTransmits) {
                if (failed == null) {
                    failed = new ArrayList<>();
                }
                failed.add(tx);
            } else {
                tx.rto = Math.min(tx.rto * 2, ctx.config.checkRtoNanos * 8);
                transmit(now, tx);
            }
        }
        if (failed == null) {
            return List.of();
        }
        for (Transaction tx : failed) {
            ctx.transactions.remove(tx.id);
        }
        return failed;
    }

    long nextTimeout() {
        long next = Long.MAX_VALUE;
        for (Transaction tx : ctx.transactions.values()) {
            next = Math.min(next, tx.nextAt);
        }
        return next;
    }

    /** Forgets our checks of older generations' pairs (after an ICE restart). */
    void cancelChecks() {
        ctx.transactions.values().removeIf(tx -> tx.kind == Transaction.Kind.CHECK);
    }
}
