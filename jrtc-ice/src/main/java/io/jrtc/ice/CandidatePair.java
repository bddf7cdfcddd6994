package io.jrtc.ice;

/** One candidate pair of the check list and its state (RFC 8445 §6.1.2.6). */
final class CandidatePair {
    enum State { FROZEN, WAITING, IN_PROGRESS, SUCCEEDED, FAILED }

    final LocalCandidate local;
    final RemoteCandidate remote;
    /** The credentials generation the pair belongs to: consent checks keep using them after a restart. */
    final Credentials localCreds;
    Credentials remoteCreds;
    State state = State.FROZEN;
    long priority;
    /** The peer sent an authenticated check on this pair: data from it is accepted. */
    boolean checkReceived;
    /** Controlled: the peer set USE-CANDIDATE on a check of this pair. */
    boolean useCandidateReceived;
    /** Controlling: a check with USE-CANDIDATE is in flight or queued. */
    boolean nominating;
    /** The nomination is confirmed on both sides. */
    boolean nominated;
    /** One of our checks on this pair is outstanding. */
    boolean inFlight;
    /** A check was wanted while one was in flight; send another when it ends. */
    boolean retrigger;
    /** Counters and round-trip times for {@code getStats()}. */
    final PairCounters counters = new PairCounters();

    CandidatePair(LocalCandidate local, RemoteCandidate remote, Credentials localCreds, Credentials remoteCreds) {
        this.local = local;
        this.remote = remote;
        this.localCreds = localCreds;
        this.remoteCreds = remoteCreds;
    }

    /** Whether both pairs belong to the same credentials on both sides (no ICE restart between them). */
    boolean sameGeneration(CandidatePair o) {
        return localCreds == o.localCreds && remoteCreds == o.remoteCreds;
    }

    /** Whether the pair uses the agent's current credentials on both sides. */
    boolean current(AgentContext ctx) {
        return localCreds == ctx.local && remoteCreds == ctx.remote;
    }

    String foundation() {
        return local.candidate().foundation() + ":" + remote.candidate().foundation();
    }

    void updatePriority(IceRole role) {
        long l = local.candidate().priority();
        long r = remote.priority();
        priority = role == IceRole.CONTROLLING ? IcePriorities.pair(l, r) : IcePriorities.pair(r, l);
    }

    boolean pending() {
        return state == State.FROZEN || state == State.WAITING || state == State.IN_PROGRESS;
    }

    /** Unsigned comparison: the higher priority first. */
    static int byPriorityDescending(CandidatePair a, CandidatePair b) {
        return Long.compareUnsigned(b.priority, a.priority);
    }

    @Override
    public String toString() {
        return local.base() + " -> " + remote.address() + " " + state + (nominated ? " nominated" : "");
    }
}
