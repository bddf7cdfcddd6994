package io.jrtc.sctp.internal;

import io.jrtc.sctp.AddStreamsRequestParameter;
import io.jrtc.sctp.ForwardTsnSupportedParameter;
import io.jrtc.sctp.HeartbeatInfoParameter;
import io.jrtc.sctp.IncomingResetRequestParameter;
import io.jrtc.sctp.OutgoingResetRequestParameter;
import io.jrtc.sctp.Parameter;
import io.jrtc.sctp.ReconfigResponseParameter;
import io.jrtc.sctp.SctpParseException;
import io.jrtc.sctp.StateCookieParameter;
import io.jrtc.sctp.SupportedExtensionsParameter;
import io.jrtc.sctp.UnknownParameter;
import io.jrtc.sctp.ZeroChecksumAcceptableParameter;
import java.util.ArrayList;
import java.util.List;

/** Parameter TLVs (RFC 9260 §3.2.1): 16-bit type, 16-bit length including the header, padding to 4. */
public final class ParameterCodec {
    private static final int MAX_PARAMETERS = 1024;

    private ParameterCodec() {}

    public static List<Parameter> decodeAll(Reader r) throws SctpParseException {
        List<Parameter> out = new ArrayList<>();
        int origin = r.position();
        while (r.remaining() > 0) {
            if (out.size() >= MAX_PARAMETERS) {
                throw new SctpParseException("too many parameters", r.position());
            }
            int at = r.position();
            int type = r.u16("parameter type");
            int length = r.u16("parameter length");
            if (length < 4) {
                throw new SctpParseException("parameter length " + length + " below 4", at);
            }
            Reader value = r.slice(length - 4, "parameter value");
            out.add(decode(type, value, at));
            r.skipPadding(origin);
        }
        return out;
    }

    private static Parameter decode(int type, Reader v, int at) throws SctpParseException {
        Parameter p = switch (type) {
            case Parameter.STATE_COOKIE -> new StateCookieParameter(v.bytes(v.remaining(), "cookie"));
            case Parameter.HEARTBEAT_INFO -> new HeartbeatInfoParameter(v.bytes(v.remaining(), "info"));
            case Parameter.SUPPORTED_EXTENSIONS -> new SupportedExtensionsParameter(v.bytes(v.remaining(), "types"));
            case Parameter.FORWARD_TSN_SUPPORTED -> new ForwardTsnSupportedParameter();
            case Parameter.ZERO_CHECKSUM_ACCEPTABLE -> new ZeroChecksumAcceptableParameter(v.u32("edmid"));
            case Parameter.OUTGOING_RESET_REQUEST -> new OutgoingResetRequestParameter(
                    v.u32("request seq"), v.u32("response seq"), v.u32("last tsn"), streams(v));
            case Parameter.INCOMING_RESET_REQUEST -> new IncomingResetRequestParameter(v.u32("request seq"), streams(v));
            case Parameter.RECONFIG_RESPONSE -> response(v);
            case Parameter.ADD_OUTGOING_STREAMS_REQUEST, Parameter.ADD_INCOMING_STREAMS_REQUEST -> addStreams(type, v);
            default -> new UnknownParameter(type, v.bytes(v.remaining(), "value"));
        };
        if (v.remaining() != 0) {
            throw new SctpParseException("parameter " + type + " has " + v.remaining() + " trailing bytes", at);
        }
        return p;
    }

    private static ReconfigResponseParameter response(Reader v) throws SctpParseException {
        ReconfigResponseParameter p = new ReconfigResponseParameter(v.u32("response seq"), v.u32("result"));
        if (v.remaining() == 8) {
            v.skip(8, "next tsns"); // optional sender/receiver next TSN (RFC 6525 §4.4), unused here
        }
        return p;
    }

    private static AddStreamsRequestParameter addStreams(int type, Reader v) throws SctpParseException {
        long seq = v.u32("request seq");
        int n = v.u16("number of new streams");
        v.skip(2, "reserved");
        return new AddStreamsRequestParameter(type == Parameter.ADD_OUTGOING_STREAMS_REQUEST, seq, n);
    }

    private static List<Integer> streams(Reader v) throws SctpParseException {
        if ((v.remaining() & 1) != 0) {
            throw new SctpParseException("odd stream list length", v.position());
        }
        List<Integer> s = new ArrayList<>(v.remaining() / 2);
        while (v.remaining() > 0) {
            s.add(v.u16("stream"));
        }
        return s;
    }

    public static void encodeAll(Writer w, List<? extends Parameter> params) {
        int origin = w.position();
        for (Parameter p : params) {
            int start = w.position();
            w.u16(p.type()).u16(0);
            p.writeValue(w);
            w.putU16At(start + 2, w.position() - start);
            w.pad(origin);
        }
    }
}
