package io.jrtc.sctp;

import io.jrtc.sctp.internal.ParameterCodec;
import io.jrtc.sctp.internal.Writer;
import java.util.List;

/**
 * The fixed fields and parameters that INIT and INIT ACK share: RFC 9260 §3.3.2 and §3.3.3 give
 * both chunks the same layout, so they share the lookup and the encoding.
 */
interface InitFields {
    long initiateTag();

    long arwnd();

    int outboundStreams();

    int inboundStreams();

    long initialTsn();

    List<Parameter> parameters();

    /** The first parameter of the given class, or null. */
    default <T extends Parameter> T parameter(Class<T> kind) {
        for (Parameter p : parameters()) {
            if (kind.isInstance(p)) {
                return kind.cast(p);
            }
        }
        return null;
    }

    /** Writes the chunk value: the fixed fields, then the parameters. */
    default void writeValue(Writer w) {
        w.u32(initiateTag()).u32(arwnd()).u16(outboundStreams()).u16(inboundStreams()).u32(initialTsn());
        ParameterCodec.encodeAll(w, parameters());
    }
}
