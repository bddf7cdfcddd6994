package io.jrtc.sctp.internal;

import io.jrtc.sctp.AbortChunk;
import io.jrtc.sctp.Chunk;
import io.jrtc.sctp.CookieAckChunk;
import io.jrtc.sctp.CookieEchoChunk;
import io.jrtc.sctp.DataChunk;
import io.jrtc.sctp.ErrorChunk;
import io.jrtc.sctp.ForwardTsnChunk;
import io.jrtc.sctp.GapAckBlock;
import io.jrtc.sctp.HeartbeatAckChunk;
import io.jrtc.sctp.HeartbeatChunk;
import io.jrtc.sctp.IDataChunk;
import io.jrtc.sctp.IForwardTsnChunk;
import io.jrtc.sctp.InitAckChunk;
import io.jrtc.sctp.InitChunk;
import io.jrtc.sctp.PadChunk;
import io.jrtc.sctp.Parameter;
import io.jrtc.sctp.ReconfigChunk;
import io.jrtc.sctp.SackChunk;
import io.jrtc.sctp.SctpParseException;
import io.jrtc.sctp.ShutdownAckChunk;
import io.jrtc.sctp.ShutdownChunk;
import io.jrtc.sctp.ShutdownCompleteChunk;
import io.jrtc.sctp.UnknownChunk;
import java.util.ArrayList;
import java.util.List;

/** Decodes one chunk value by type (RFC 9260 §3.3, RFC 3758, 6525, 8260). */
public final class ChunkCodec {
    private ChunkCodec() {}

    public static Chunk decode(int type, int flags, Reader v, int at) throws SctpParseException {
        Chunk c = switch (type) {
            case Chunk.DATA -> data(flags, v, at);
            case Chunk.I_DATA -> idata(flags, v, at);
            case Chunk.INIT -> init(v, false);
            case Chunk.INIT_ACK -> init(v, true);
            case Chunk.SACK -> sack(v);
            case Chunk.HEARTBEAT -> new HeartbeatChunk(heartbeatInfo(v, at));
            case Chunk.HEARTBEAT_ACK -> new HeartbeatAckChunk(heartbeatInfo(v, at));
            case Chunk.ABORT -> new AbortChunk((flags & 1) != 0, CauseCodec.decodeAll(v));
            case Chunk.ERROR -> new ErrorChunk(CauseCodec.decodeAll(v));
            case Chunk.SHUTDOWN -> new ShutdownChunk(v.u32("cumulative tsn ack"));
            case Chunk.SHUTDOWN_ACK -> new ShutdownAckChunk();
            case Chunk.COOKIE_ECHO -> new CookieEchoChunk(v.bytes(v.remaining(), "cookie"));
            case Chunk.COOKIE_ACK -> new CookieAckChunk();
            case Chunk.SHUTDOWN_COMPLETE -> new ShutdownCompleteChunk((flags & 1) != 0);
            case Chunk.FORWARD_TSN -> forwardTsn(v);
            case Chunk.I_FORWARD_TSN -> iforwardTsn(v);
            case Chunk.PAD -> pad(v);
            case Chunk.RECONFIG -> new ReconfigChunk(ParameterCodec.decodeAll(v));
            default -> new UnknownChunk(type, flags, v.bytes(v.remaining(), "chunk value"));
        };
        if (v.remaining() != 0) {
            throw new SctpParseException("chunk type " + type + " has " + v.remaining() + " trailing bytes", at);
        }
        return c;
    }

    private static DataChunk data(int flags, Reader v, int at) throws SctpParseException {
        long tsn = v.u32("tsn");
        int stream = v.u16("stream id");
        int ssn = v.u16("ssn");
        long ppid = v.u32("ppid");
        if (v.remaining() == 0) {
            // RFC 9260 §3.3.1: a DATA chunk with no user data is a protocol violation.
            throw new SctpParseException("DATA chunk without user data", at);
        }
        return new DataChunk((flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0, (flags & 8) != 0,
                tsn, stream, ssn, ppid, v.bytes(v.remaining(), "user data"));
    }

    private static IDataChunk idata(int flags, Reader v, int at) throws SctpParseException {
        long tsn = v.u32("tsn");
        int stream = v.u16("stream id");
        v.skip(2, "reserved");
        long mid = v.u32("mid");
        long ppidOrFsn = v.u32("ppid/fsn");
        if (v.remaining() == 0) {
            throw new SctpParseException("I-DATA chunk without user data", at);
        }
        return new IDataChunk((flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0, (flags & 8) != 0,
                tsn, stream, mid, ppidOrFsn, v.bytes(v.remaining(), "user data"));
    }

    private static Chunk init(Reader v, boolean ack) throws SctpParseException {
        long tag = v.u32("initiate tag");
        long arwnd = v.u32("a_rwnd");
        int os = v.u16("outbound streams");
        int mis = v.u16("inbound streams");
        long tsn = v.u32("initial tsn");
        List<Parameter> params = ParameterCodec.decodeAll(v);
        return ack ? new InitAckChunk(tag, arwnd, os, mis, tsn, params) : new InitChunk(tag, arwnd, os, mis, tsn, params);
    }

    private static SackChunk sack(Reader v) throws SctpParseException {
        long cum = v.u32("cumulative tsn ack");
        long arwnd = v.u32("a_rwnd");
        int gaps = v.u16("gap count");
        int dups = v.u16("duplicate count");
        List<GapAckBlock> blocks = new ArrayList<>(Math.min(gaps, v.remaining() / 4));
        for (int i = 0; i < gaps; i++) {
            blocks.add(new GapAckBlock(v.u16("gap start"), v.u16("gap end")));
        }
        List<Long> dupList = new ArrayList<>(Math.min(dups, v.remaining() / 4));
        for (int i = 0; i < dups; i++) {
            dupList.add(v.u32("duplicate tsn"));
        }
        return new SackChunk(cum, arwnd, blocks, dupList);
    }

    private static byte[] heartbeatInfo(Reader v, int at) throws SctpParseException {
        int type = v.u16("heartbeat parameter type");
        int length = v.u16("heartbeat parameter length");
        if (type != Parameter.HEARTBEAT_INFO || length < 4) {
            throw new SctpParseException("HEARTBEAT without a Heartbeat Info parameter", at);
        }
        byte[] info = v.bytes(length - 4, "heartbeat info");
        v.skipPadding(at + 4);
        return info;
    }

    /** RFC 4820 §3: the padding is ignored, only its length is kept. */
    private static PadChunk pad(Reader v) throws SctpParseException {
        int n = v.remaining();
        v.skip(n, "padding");
        return new PadChunk(n);
    }

    private static ForwardTsnChunk forwardTsn(Reader v) throws SctpParseException {
        long cum = v.u32("new cumulative tsn");
        List<ForwardTsnChunk.StreamSsn> streams = new ArrayList<>();
        while (v.remaining() > 0) {
            streams.add(new ForwardTsnChunk.StreamSsn(v.u16("stream"), v.u16("ssn")));
        }
        return new ForwardTsnChunk(cum, streams);
    }

    private static IForwardTsnChunk iforwardTsn(Reader v) throws SctpParseException {
        long cum = v.u32("new cumulative tsn");
        List<IForwardTsnChunk.StreamMid> streams = new ArrayList<>();
        while (v.remaining() > 0) {
            int stream = v.u16("stream");
            boolean unordered = (v.u16("flags") & 1) != 0;
            streams.add(new IForwardTsnChunk.StreamMid(stream, unordered, v.u32("mid")));
        }
        return new IForwardTsnChunk(cum, streams);
    }
}
