package io.jrtc.ice.turn;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * TLS to the server ({@code turns:}, RFC 8656 §3.1) with the JDK's {@link SSLEngine}, driven
 * sans-IO: ciphertext in through {@link #receive}, ciphertext out through {@link #poll}, delegated
 * tasks run inline. Plaintext is the TCP framing of {@link StreamFramer}.
 */
final class TlsLink implements ServerLink {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final ArrayDeque<ByteBuffer> plainOut = new ArrayDeque<>();
    private final ArrayDeque<byte[]> out = new ArrayDeque<>();
    private final StreamFramer framer = new StreamFramer();
    private ByteBuffer netIn;
    private ByteBuffer appIn;
    private String failure;

    TlsLink(TurnClientConfig config) {
        String name = config.serverName();
        engine = name == null ? config.sslContext().createSSLEngine()
                : config.sslContext().createSSLEngine(name, config.server().getPort());
        engine.setUseClientMode(true);
        if (name != null) {
            SSLParameters p = engine.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            if (!name.isEmpty() && Character.isLetter(name.charAt(0))) {
                p.setServerNames(List.of(new SNIHostName(name)));
            }
            engine.setSSLParameters(p);
        }
        netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    @Override
    public void start() {
        try {
            engine.beginHandshake();
        } catch (SSLException e) {
            fail(e);
        }
        pump();
    }

    @Override
    public void send(byte[] message) {
        plainOut.add(ByteBuffer.wrap(message));
        pump();
    }

    @Override
    public void receive(byte[] buf, int off, int len, List<byte[]> messages) {
        if (failure != null) {
            return;
        }
        if (netIn.remaining() < len) {
            ByteBuffer bigger = ByteBuffer.allocate(netIn.position() + len + netIn.capacity());
            netIn.flip();
            bigger.put(netIn);
            netIn = bigger;
        }
        netIn.put(buf, off, len);
        pump();
        for (byte[] m = framer.next(); m != null; m = framer.next()) {
            messages.add(m);
        }
    }

    @Override
    public byte[] poll() {
        return out.poll();
    }

    @Override
    public boolean reliable() {
        return true;
    }

    @Override
    public String failure() {
        if (failure == null && framer.broken()) {
            return "the TLS stream from the server holds neither STUN nor ChannelData";
        }
        return failure;
    }

    // Runs the engine until it can make no more progress with the bytes it has.
    private void pump() {
        try {
            boolean progress = true;
            while (progress && failure == null) {
                progress = switch (engine.getHandshakeStatus()) {
                    case NEED_TASK -> runTasks();
                    case NEED_WRAP -> wrap(EMPTY);
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> unwrap();
                    case FINISHED, NOT_HANDSHAKING -> wrapApplicationData() | unwrap();
                };
            }
        } catch (SSLException | RuntimeException e) {
            fail(e);
        }
    }

    private boolean runTasks() {
        for (Runnable t = engine.getDelegatedTask(); t != null; t = engine.getDelegatedTask()) {
            t.run();
        }
        return true;
    }

    private boolean wrapApplicationData() throws SSLException {
        ByteBuffer head = plainOut.peek();
        if (head == null) {
            return false;
        }
        boolean progress = wrap(head);
        if (!head.hasRemaining()) {
            plainOut.poll();
        }
        return progress;
    }

    private boolean wrap(ByteBuffer src) throws SSLException {
        ByteBuffer net = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        SSLEngineResult r = engine.wrap(src, net);
        if (r.bytesProduced() > 0) {
            out.add(Arrays.copyOf(net.array(), net.position()));
        }
        if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
            failure = "the TLS connection was closed";
        }
        return r.bytesConsumed() > 0 || r.bytesProduced() > 0;
    }

    private boolean unwrap() throws SSLException {
        netIn.flip();
        SSLEngineResult r;
        try {
            r = engine.unwrap(netIn, appIn);
        } finally {
            netIn.compact();
        }
        switch (r.getStatus()) {
            case BUFFER_OVERFLOW -> {
                appIn = ByteBuffer.allocate(appIn.capacity() * 2).put(appIn.flip());
                return true;
            }
            case CLOSED -> failure = "the TLS connection was closed by the server";
            default -> { }
        }
        if (appIn.position() > 0) {
            framer.feed(appIn.array(), 0, appIn.position());
            appIn.clear();
        }
        return r.bytesConsumed() > 0 || r.bytesProduced() > 0;
    }

    private void fail(Exception e) {
        failure = "TLS failed: " + e.getMessage();
    }
}
