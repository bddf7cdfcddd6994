package io.jrtc.sctp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * A bulk transfer from a to b on one stream: the sender keeps about {@code window} bytes queued,
 * the receiver hashes what arrives; both hash the same deterministic byte stream.
 */
final class Bulk {
    final Pair pair;
    final long total;
    final int messageSize;
    final SendOptions options;
    final int stream;
    private final MessageDigest sentHash = sha256();
    private final MessageDigest receivedHash = sha256();
    private final Random data = new Random(99);
    long sent;
    long received;
    long firstByteAt = -1;
    long doneAt = -1;
    private long expectedSeq;
    boolean inOrder = true;

    Bulk(Pair pair, long total, int messageSize, SendOptions options, int stream, long window) {
        this.pair = pair;
        this.total = total;
        this.messageSize = messageSize;
        this.options = options;
        this.stream = stream;
        pair.a.afterEach = () -> topUp(window);
        pair.b.onEvent = e -> {
            if (e instanceof SctpEvent.MessageReceived m && m.streamId() == stream) {
                onMessage(m.data());
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    void start() {
        firstByteAt = pair.sim.now();
        pair.a.afterEach.run();
    }

    private void topUp(long window) {
        while (sent < total && pair.a.assoc.bufferedAmount(stream) < window) {
            int n = (int) Math.min(messageSize, total - sent);
            byte[] m = new byte[n];
            data.nextBytes(m);
            // the first 8 bytes carry a sequence number so that order can be checked
            long seq = sent / messageSize;
            for (int i = 0; i < Math.min(8, n); i++) {
                m[i] = (byte) (seq >>> (8 * i));
            }
            sentHash.update(m);
            pair.a.assoc.send(pair.sim.now(), stream, 53, m, options);
            sent += n;
        }
    }

    private void onMessage(byte[] m) {
        long seq = 0;
        for (int i = 0; i < Math.min(8, m.length); i++) {
            seq |= (long) (m[i] & 0xff) << (8 * i);
        }
        if (m.length >= 8 && seq != expectedSeq) {
            inOrder = false;
        }
        expectedSeq = seq + 1;
        receivedHash.update(m);
        received += m.length;
        if (received == total) {
            doneAt = pair.sim.now();
        }
    }

    boolean done() {
        return received >= total;
    }

    byte[] sentDigest() {
        return sentHash.digest();
    }

    byte[] receivedDigest() {
        return receivedHash.digest();
    }

    /** Goodput in Mbit/s of simulated time. */
    double goodputMbps() {
        return received * 8.0 / ((doneAt - firstByteAt) / 1e9) / 1e6;
    }
}
