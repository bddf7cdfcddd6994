package io.jrtc.dtls.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises records BC sends again during a handshake, so the pipe can drop the retransmissions
 * the driver did not ask for.
 *
 * <p>Why: BC also retransmits when its wall-clock timer has expired at the moment it discards or
 * consumes a record without returning data (a ChangeCipherSpec, a duplicate, a record of the next
 * epoch). In a simulation that depends on how fast the machine is, not on the simulated network;
 * dropping those copies keeps a run a function of its seed. RFC 6347 §4.2.4 lets an implementation
 * choose when to retransmit; ours does on its (virtual) timer.
 *
 * <p>A record is a retransmission when it is an epoch-0 handshake fragment identical to one sent
 * before (BC re-fragments messages identically; the record header with its sequence number is not
 * compared), a second ChangeCipherSpec, or the encrypted record that follows such a
 * ChangeCipherSpec (the Finished).
 */
final class RetransmissionFilter {
    private static final int HEADER = 13;
    private static final int CHANGE_CIPHER_SPEC = 20;
    private static final int HANDSHAKE = 22;

    private final List<byte[]> sentFragments = new ArrayList<>();
    private boolean changeCipherSpecSent;
    private boolean afterRepeatedChangeCipherSpec;

    /** Classifies one record BC is sending and remembers it. */
    boolean isRetransmission(byte[] buf, int off, int len) {
        if (len < HEADER) {
            return false;
        }
        int type = buf[off] & 0xFF;
        int epoch = ((buf[off + 3] & 0xFF) << 8) | (buf[off + 4] & 0xFF);
        boolean followsRepeat = afterRepeatedChangeCipherSpec;
        afterRepeatedChangeCipherSpec = false;
        if (type == CHANGE_CIPHER_SPEC) {
            afterRepeatedChangeCipherSpec = changeCipherSpecSent;
            changeCipherSpecSent = true;
            return afterRepeatedChangeCipherSpec;
        }
        if (type != HANDSHAKE) {
            return false;
        }
        if (epoch > 0) {
            return followsRepeat;
        }
        byte[] fragment = Arrays.copyOfRange(buf, off + HEADER, off + len);
        for (byte[] sent : sentFragments) {
            if (Arrays.equals(sent, fragment)) {
                return true;
            }
        }
        sentFragments.add(fragment);
        return false;
    }

    /** Forgets the handshake (called when it is over). */
    void clear() {
        sentFragments.clear();
    }
}
