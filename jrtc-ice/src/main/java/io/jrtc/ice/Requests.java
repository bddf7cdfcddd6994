package io.jrtc.ice;

import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.IceControlled;
import io.jrtc.stun.IceControlling;
import io.jrtc.stun.Priority;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.UseCandidate;
import io.jrtc.stun.Username;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers connectivity checks (RFC 8445 §7.3) and learns from them. */
final class Requests {
    private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

    private final AgentContext ctx;
    private final Checks checks;
    private final Selection selection;

    Requests(AgentContext ctx, Checks checks, Selection selection) {
        this.ctx = ctx;
        this.checks = checks;
        this.selection = selection;
    }

    void onRequest(long now, IceDatagram d, StunMessage m) {
        if (m.hasFingerprint() && !m.checkFingerprint()) {
            ctx.droppedBadIntegrity++;
            return;
        }
        Optional<Username> username = m.get(Username.class);
        if (username.isEmpty() || !m.hasIntegrity()) {
            // RFC 8489 §9.1.3: a request without credentials gets a 400.
            reply(d, CheckMessages.error(m.transactionId(), ErrorCode.BAD_REQUEST, List.of(), null));
            return;
        }
        Credentials creds = credentialsFor(username.get().value());
        if (creds == null) {
            LOG.debug("check for an unknown ufrag from {}", d.remote());
            ctx.droppedUnknown++;
            return;
        }
        if (!m.checkIntegrity(creds.key)) {
            // The issue and RFC 8445 §7.3 let a full agent simply ignore it; no 401 oracle.
            LOG.debug("check with bad MESSAGE-INTEGRITY from {}", d.remote());
            ctx.droppedBadIntegrity++;
            return;
        }
        List<Integer> unknown = m.unknownComprehensionRequired();
        if (!unknown.isEmpty()) {
            ctx.unknownAttributeErrors++;
            reply(d, CheckMessages.error(m.transactionId(), ErrorCode.UNKNOWN_ATTRIBUTE, unknown, creds));
            countAnswered(d);
            return;
        }
        if (roleConflict(m)) {
            ctx.roleConflicts++;
            reply(d, CheckMessages.error(m.transactionId(), ErrorCode.ROLE_CONFLICT, List.of(), creds));
            countAnswered(d);
            return;
        }
        ctx.checksReceived++;
        reply(d, CheckMessages.success(m.transactionId(), d.remote(), creds));
        if (creds == ctx.local) {
            learn(now, d, m, ctx.local);
        } else if (creds == ctx.previousLocal && !ctx.config.lite && namesCurrentRemote(username.get().value())) {
            // A peer restarting ICE (libwebrtc) checks from its new candidates with its new ufrag
            // but our previous one until our answer reaches it, and may nominate such a pair
            // (RFC 8445 §9 keeps the previous credentials answered). Ignoring those checks left
            // the peer on a pair we never checked nor selected: learn them like current ones.
            learn(now, d, m, ctx.previousLocal);
        } else if (ctx.selected != null && ctx.config.lite) {
            selection.consentRefreshed(now);
        }
        countAnswered(d); // after learn, which may have formed the pair
    }

    /** An authenticated request answered: counted on its pair, if there is one. */
    private void countAnswered(IceDatagram d) {
        CandidatePair p = ctx.pairOrSelected(d.local(), d.remote());
        if (p != null) {
            p.counters.requestsReceived++;
            p.counters.responsesSent++;
        }
    }

    /** The local credentials named by "ours:theirs", current or (during a restart) previous. */
    private Credentials credentialsFor(String username) {
        int colon = username.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String ours = username.substring(0, colon);
        if (ours.equals(ctx.local.ufrag())) {
            return ctx.local;
        }
        if (ctx.previousLocal != null && ours.equals(ctx.previousLocal.ufrag())) {
            return ctx.previousLocal;
        }
        return null;
    }

    /**
     * §7.3.1.1: with both agents claiming the same role, the larger tie-breaker keeps
     * controlling. Returns true if we must answer 487; switches our role otherwise.
     */
    private boolean roleConflict(StunMessage m) {
        Optional<IceControlling> controlling = m.get(IceControlling.class);
        Optional<IceControlled> controlled = m.get(IceControlled.class);
        if (ctx.role == IceRole.CONTROLLING && controlling.isPresent()) {
            if (Long.compareUnsigned(ctx.tieBreaker, controlling.get().tieBreaker()) >= 0) {
                return true;
            }
            switchRole(IceRole.CONTROLLED);
        } else if (ctx.role == IceRole.CONTROLLED && controlled.isPresent()) {
            if (Long.compareUnsigned(ctx.tieBreaker, controlled.get().tieBreaker()) >= 0) {
                switchRole(IceRole.CONTROLLING);
            } else {
                return true;
            }
        }
        return false;
    }

    private void switchRole(IceRole role) {
        if (!ctx.config.lite) {
            selection.switchRole(role);
        }
    }

    /** §7.3.1.3-§7.3.1.5: peer-reflexive candidates, triggered checks, nomination. */
    private boolean namesCurrentRemote(String username) {
        int colon = username.indexOf(':');
        return ctx.remote != null && username.substring(colon + 1).equals(ctx.remote.ufrag());
    }

    private void learn(long now, IceDatagram d, StunMessage m, Credentials localCreds) {
        LocalCandidate local = ctx.localByBase(d.local());
        if (local == null) {
            ctx.droppedUnknown++;
            return;
        }
        RemoteCandidate remote = ctx.remoteByAddress(d.remote());
        if (remote == null) {
            long priority = m.get(Priority.class).map(Priority::value).orElse(0L);
            remote = new RemoteCandidate(CandidateFactory.remotePeerReflexive(d.remote(), priority), d.remote());
            ctx.remotes.add(remote);
        }
        CandidatePair p = checks.addPair(local, remote, localCreds);
        if (p == null) {
            return;
        }
        p.checkReceived = true;
        boolean useCandidate = m.get(UseCandidate.class).isPresent() && ctx.role == IceRole.CONTROLLED;
        if (ctx.config.lite) {
            // A lite agent does no checks: a check it answered makes the pair valid (RFC 8445 §2.5).
            p.state = CandidatePair.State.SUCCEEDED;
            if (useCandidate) {
                p.nominated = true;
                selection.select(now, p);
            }
            if (p == ctx.selected) {
                selection.consentRefreshed(now);
            }
            return;
        }
        if (useCandidate) {
            p.useCandidateReceived = true;
            if (p.state == CandidatePair.State.SUCCEEDED) {
                p.nominated = true;
                selection.select(now, p);
                return;
            }
        }
        checks.trigger(p);
    }

    private void reply(IceDatagram d, byte[] payload) {
        ctx.send(d.local(), d.remote(), payload);
    }
}
