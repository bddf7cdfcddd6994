package io.jrtc.webrtc.internal.config;

import io.jrtc.webrtc.RTCErrorName;
import io.jrtc.webrtc.RTCException;
import java.nio.charset.StandardCharsets;

/**
 * The checks of {@code createDataChannel} that concern more than {@link io.jrtc.webrtc.RTCDataChannelInit}
 * alone (WebRTC 1.0 section 6.1, createDataChannel steps).
 */
public final class DataChannelChecks {
    /** The largest label or protocol, in UTF-8 bytes: DCEP's 16-bit length fields (RFC 8832 section 5.1). */
    public static final int MAX_LABEL_BYTES = 0xFFFF;

    private DataChannelChecks() {}

    /**
     * Checks the label.
     *
     * @throws RTCException a TypeError if it is longer than 65535 bytes in UTF-8
     */
    public static void checkLabel(String label) {
        if (label == null) {
            throw new RTCException(RTCErrorName.TYPE_ERROR, "the data channel label is null; use \"\" for none");
        }
        if (label.getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
            throw new RTCException(RTCErrorName.TYPE_ERROR,
                    "the data channel label is longer than 65535 bytes in UTF-8; shorten it");
        }
    }

    /**
     * Checks a negotiated channel's id against the SCTP transport's stream count, once it is known.
     *
     * @throws RTCException an OperationError if the id is not below {@code maxChannels}
     */
    public static void checkId(int id, int maxChannels) {
        if (id >= maxChannels) {
            throw new RTCException(RTCErrorName.OPERATION_ERROR, "data channel id " + id
                    + " is not below the SCTP transport's maxChannels (" + maxChannels + "); use a smaller id");
        }
    }
}
