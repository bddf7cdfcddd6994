package io.jrtc.sctp;

import io.jrtc.sctp.internal.Fragment;
import io.jrtc.sctp.internal.Receiver;
import io.jrtc.sctp.internal.StateCookie;
import io.jrtc.sctp.internal.StreamResetter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Processes the chunks of one received packet for an association (RFC 9260 §5, §6, §9). */
final class InputHandler {
    private static final Logger LOG = LoggerFactory.getLogger(InputHandler.class);

    private final SctpAssociation a;
    private final long now;
    private boolean sawData;
    private long packetTag;
    private boolean immediate;

    InputHandler(SctpAssociation a, long now) {
        this.a = a;
        this.now = now;
    }

    void handle(SctpPacket p) {
        packetTag = p.verificationTag();
        for (Chunk c : p.chunks()) {
            if (a.terminated() || !handle(c)) {
                break;
            }
        }
        if (sawData && a.receiver != null) {
            a.receiver.afterDataPacket(now, immediate);
        }
    }

    /** Returns false when the rest of the packet must be discarded. */
    private boolean handle(Chunk c) {
        SctpState st = a.state();
        boolean up = a.sender != null;
        switch (c) {
            case InitChunk i -> onInit(i);
            case InitAckChunk i -> onInitAck(i);
            case CookieEchoChunk e -> onCookieEcho(e);
            case CookieAckChunk ack -> {
                SctpAssociation.PeerInit pi = a.peerInit;
                if (st == SctpState.COOKIE_ECHOED && pi != null) {
                    a.establish(now, pi.tag(), pi.initialTsn(), pi.rwnd(), pi.features(), pi.inboundStreams(),
                            pi.outboundStreams());
                }
            }
            case DataChunk d when up -> onData(new Fragment(a.receiver.unwrap(d.tsn()), d.streamId(), d.unordered(),
                    d.beginning(), d.ending(), d.ssn(), d.ppid(), 0, d.payload()), d.immediate(), !a.interleaving());
            case IDataChunk d when up -> onData(new Fragment(a.receiver.unwrap(d.tsn()), d.streamId(), d.unordered(),
                    d.beginning(), d.ending(), d.mid(), d.beginning() ? d.ppidOrFsn() : 0, d.beginning() ? 0 : d.ppidOrFsn(),
                    d.payload()), d.immediate(), a.interleaving());
            case SackChunk s when up -> {
                a.sender.onSack(s, now, a.queue);
            }
            case ForwardTsnChunk f when up && !a.interleaving() -> a.receiver.onForwardTsn(f);
            case IForwardTsnChunk f when up && a.interleaving() -> a.receiver.onIForwardTsn(f);
            case ReconfigChunk r when up -> onReconfig(r);
            case HeartbeatChunk h -> a.control.add(new HeartbeatAckChunk(h.info()));
            case HeartbeatAckChunk h -> a.onHeartbeatAck(now, h.info());
            case AbortChunk ab -> a.terminate("peer aborted" + causeText(ab.causes()), true);
            case ShutdownChunk s when up -> onShutdown(s);
            case ShutdownAckChunk s -> onShutdownAck();
            case ShutdownCompleteChunk s -> {
                if (st == SctpState.SHUTDOWN_ACK_SENT) {
                    a.stopT2();
                    a.terminate("shutdown complete", false);
                }
            }
            case ErrorChunk e -> LOG.debug("peer reported SCTP error{}", causeText(e.causes()));
            case PadChunk pad -> { } // RFC 4820 §3: discarded, the rest of the packet is processed
            case UnknownChunk u -> {
                return onUnknown(u);
            }
            default -> {
                a.counters.unexpected++;
                LOG.debug("dropped SCTP chunk type {} in state {}", c.type(), st);
            }
        }
        return true;
    }

    private boolean onUnknown(UnknownChunk u) {
        a.counters.unknownChunks++;
        if (u.reportIfUnrecognized() && a.peerTag() != 0) {
            byte[] raw = new byte[4 + u.value().length];
            raw[0] = (byte) u.type();
            raw[1] = (byte) u.flags();
            raw[2] = (byte) (raw.length >>> 8);
            raw[3] = (byte) raw.length;
            System.arraycopy(u.value(), 0, raw, 4, u.value().length);
            a.control.add(new ErrorChunk(List.of(new ErrorCause(ErrorCause.UNRECOGNIZED_CHUNK_TYPE, raw))));
        }
        return u.skipIfUnrecognized(); // RFC 9260 §3.2: upper bit clear means discard the rest
    }

    private static String causeText(List<ErrorCause> causes) {
        StringBuilder b = new StringBuilder();
        for (ErrorCause c : causes) {
            b.append(" (cause ").append(c.code());
            if (c.code() == ErrorCause.USER_INITIATED_ABORT || c.code() == ErrorCause.PROTOCOL_VIOLATION) {
                b.append(": ").append(new String(c.info(), java.nio.charset.StandardCharsets.UTF_8));
            }
            b.append(')');
        }
        return b.toString();
    }

    // RFC 9260 §5.1 B and §5.2.1/§5.2.2: INIT is answered statelessly with our fixed tag and TSN,
    // in every state, which covers both the passive open and INIT collisions.
    private void onInit(InitChunk i) {
        if (i.initiateTag() == 0 || i.outboundStreams() == 0 || i.inboundStreams() == 0) {
            a.counters.malformed++;
            return;
        }
        SctpState st = a.state();
        if (st.compareTo(SctpState.ESTABLISHED) > 0) {
            return; // §9.2: no new association while shutting down
        }
        // §5.2.2: an INIT in ESTABLISHED may be a restarted peer; it gets a new tag and TSN and
        // the current tags as tie-tags, so that its COOKIE ECHO can be told apart (§5.2.4).
        boolean up = a.sender != null;
        long tag = up ? a.newTag(a.localTag) : a.localTag;
        long tsn = up ? a.newInitialTsn() : a.localInitialTsn;
        StateCookie cookie = new StateCookie(tag, i.initiateTag(), tsn, i.initialTsn(),
                i.arwnd(), i.outboundStreams(), i.inboundStreams(), a.negotiate(i.parameters()), now,
                up ? a.localTag : 0, up ? a.peerTag() : 0);
        List<Parameter> params = new java.util.ArrayList<>(a.localParameters());
        params.add(new StateCookieParameter(cookie.seal(a.cookieKey)));
        a.control.add(new InitAckChunk(tag, a.config.receiveWindow(), 65_535, a.config.inboundStreams(), tsn, params));
        a.initAckTag = i.initiateTag(); // §5.1 B: the INIT ACK carries the INIT's Initiate Tag
        if (a.peerTag() == 0) {
            a.peerTag(i.initiateTag());
        }
    }

    private void onInitAck(InitAckChunk i) {
        if (a.state() != SctpState.COOKIE_WAIT) {
            return; // §5.2.3: unexpected INIT ACK is discarded
        }
        StateCookieParameter cookie = i.parameter(StateCookieParameter.class);
        if (cookie == null || i.initiateTag() == 0) {
            a.counters.malformed++;
            return;
        }
        a.peerTag(i.initiateTag());
        CookieEchoChunk echo = new CookieEchoChunk(cookie.cookie());
        a.control.add(echo);
        a.state(SctpState.COOKIE_ECHOED);
        a.startT1(echo, now);
        a.peerInit = new SctpAssociation.PeerInit(i.initiateTag(), i.initialTsn(), i.arwnd(), a.negotiate(i.parameters()),
                i.inboundStreams(), i.outboundStreams());
    }

    private void onCookieEcho(CookieEchoChunk e) {
        StateCookie c = StateCookie.open(a.cookieKey, e.cookie());
        boolean restartCookie = c != null && c.localTieTag() != 0 && c.localTieTag() == a.localTag;
        if (c == null || (c.localTag() != a.localTag && !restartCookie) || packetTag != c.localTag()) {
            a.counters.malformed++;
            LOG.debug("dropped COOKIE ECHO with a bad MAC or tag");
            return;
        }
        if (now - c.createdAt() > a.cookieLifetime()) {
            a.control.add(new ErrorChunk(List.of(new ErrorCause(ErrorCause.STALE_COOKIE, new byte[4]))));
            return; // §5.1.5 step 3
        }
        if (a.sender != null) {
            onCookieEchoWhileUp(c);
            return;
        }
        a.establish(now, c.peerTag(), c.peerInitialTsn(), c.peerRwnd(), c.features(), c.peerInbound(), c.peerOutbound());
        a.control.add(new CookieAckChunk());
    }

    /** RFC 9260 §5.2.4: a COOKIE ECHO for an association that already exists. */
    private void onCookieEchoWhileUp(StateCookie c) {
        boolean localMatch = c.localTag() == a.localTag;
        boolean peerMatch = c.peerTag() == a.peerTag();
        boolean tiesMatch = c.localTieTag() == a.localTag && c.peerTieTag() == a.peerTag();
        if (localMatch && peerMatch) {
            a.control.add(new CookieAckChunk()); // case D: our COOKIE ACK was lost
        } else if (!localMatch && !peerMatch && tiesMatch) {
            if (a.state().compareTo(SctpState.ESTABLISHED) > 0) {
                // case A while shutting down: no new association; say why (the SHUTDOWN or
                // SHUTDOWN ACK in progress is retransmitted by T2)
                a.control.add(new ErrorChunk(List.of(new ErrorCause(ErrorCause.COOKIE_RECEIVED_WHILE_SHUTTING_DOWN, new byte[0]))));
                return;
            }
            a.restart(now, c); // case A: the peer restarted
            a.control.add(new CookieAckChunk());
        } else {
            a.counters.unexpected++; // cases B and C, which the fixed-tag handshake never produces: discard
        }
    }

    private void onData(Fragment f, boolean imm, boolean rightKind) {
        if (!rightKind) {
            a.counters.unexpected++; // RFC 8260 §2.2: DATA when I-DATA was negotiated, or the reverse
            return;
        }
        sawData = true;
        immediate |= imm;
        a.receiver.onData(f);
    }

    private void onShutdown(ShutdownChunk s) {
        SctpState st = a.state();
        a.sender.onSack(new SackChunk(s.cumulativeTsnAck(), a.config.receiveWindow(), List.of(), List.of()), now, a.queue);
        if (st == SctpState.ESTABLISHED || st == SctpState.SHUTDOWN_PENDING) {
            a.state(SctpState.SHUTDOWN_RECEIVED);
        } else if (st == SctpState.SHUTDOWN_SENT) {
            a.stopT2();
            a.state(SctpState.SHUTDOWN_RECEIVED); // §9.2: crossing SHUTDOWNs, answer with SHUTDOWN ACK
        }
        a.maybeProgressShutdown(now);
    }

    private void onShutdownAck() {
        SctpState st = a.state();
        if (st == SctpState.SHUTDOWN_SENT || st == SctpState.SHUTDOWN_ACK_SENT) {
            a.stopT2();
            a.control.clear();
            a.control.add(new ShutdownCompleteChunk(false));
            a.terminate("shutdown complete", false);
        }
    }

    private void onReconfig(ReconfigChunk r) {
        StreamResetter rs = a.resetter;
        Receiver rcv = a.receiver;
        for (Parameter p : r.parameters()) {
            if (p instanceof OutgoingResetRequestParameter req) {
                boolean arrived = rcv.unwrap(req.senderLastTsn()) <= rcv.cumTsn();
                StreamResetter.Answer ans = rs.onPeerRequest(req, arrived);
                for (int s : ans.resetNow()) {
                    rcv.resetStream(s);
                }
                if (!ans.resetNow().isEmpty()) {
                    a.event(new SctpEvent.IncomingStreamsReset(ans.resetNow()));
                }
                a.control.add(new ReconfigChunk(List.of(ans.response())));
            } else if (p instanceof ReconfigResponseParameter resp) {
                StreamResetter.Done done = rs.onResponse(resp, now);
                if (done != null && done.requestedStreams() > 0) {
                    a.onOutgoingStreamsAnswered(done.requestedStreams(), done.performed());
                } else if (done != null) {
                    for (int s : done.resetStreams()) {
                        a.queue.resetSequence(s);
                    }
                    a.event(new SctpEvent.OutgoingStreamsReset(done.resetStreams()));
                }
            } else if (p instanceof AddStreamsRequestParameter add && add.outgoing()) {
                a.control.add(new ReconfigChunk(List.of(rs.onPeerAddOutgoing(add, a.incomingStreams()))));
                if (rs.lastAnswerPerformed()) {
                    a.onIncomingStreamsAdded(add.newStreams()); // §5.2.5
                }
            } else if (p instanceof AddStreamsRequestParameter add) {
                a.control.add(new ReconfigChunk(List.of(rs.onPeerAddIncoming(add, a.outgoingStreams())))); // §5.2.6
            } else if (p instanceof IncomingResetRequestParameter req) {
                a.control.add(new ReconfigChunk(List.of(
                        new ReconfigResponseParameter(req.requestSeq(), ReconfigResponseParameter.DENIED))));
            }
        }
    }

    // RFC 9260 §8.5 and §8.5.1: which verification tag each packet must carry.
    static boolean tagOk(SctpPacket p, long localTag, long peerTag) {
        Chunk first = p.chunks().get(0);
        if (first instanceof InitChunk) {
            return p.verificationTag() == 0 && p.chunks().size() == 1;
        }
        if (first instanceof CookieEchoChunk) {
            return true; // §8.5.1 D: checked against the tag in the authenticated cookie instead
        }
        boolean reflected = (first instanceof AbortChunk a && a.tagReflected())
                || (first instanceof ShutdownCompleteChunk sc && sc.tagReflected());
        if (reflected) {
            return peerTag != 0 && p.verificationTag() == peerTag;
        }
        return p.verificationTag() == localTag;
    }
}
