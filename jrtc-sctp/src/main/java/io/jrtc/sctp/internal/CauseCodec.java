package io.jrtc.sctp.internal;

import io.jrtc.sctp.ErrorCause;
import io.jrtc.sctp.SctpParseException;
import java.util.ArrayList;
import java.util.List;

/** Error cause TLVs of ERROR and ABORT chunks (RFC 9260 §3.3.10). */
public final class CauseCodec {
    private CauseCodec() {}

    public static List<ErrorCause> decodeAll(Reader r) throws SctpParseException {
        List<ErrorCause> out = new ArrayList<>();
        int origin = r.position();
        while (r.remaining() > 0) {
            int at = r.position();
            int code = r.u16("cause code");
            int length = r.u16("cause length");
            if (length < 4) {
                throw new SctpParseException("cause length " + length + " below 4", at);
            }
            out.add(new ErrorCause(code, r.bytes(length - 4, "cause info")));
            r.skipPadding(origin);
        }
        return out;
    }

    public static void encodeAll(Writer w, List<ErrorCause> causes) {
        int origin = w.position();
        for (ErrorCause c : causes) {
            w.u16(c.code()).u16(4 + c.info().length).bytes(c.info()).pad(origin);
        }
    }
}
