package io.jrtc.bench.sctp;

import io.jrtc.dtls.DtlsCertificate;
import io.jrtc.dtls.DtlsConfig;
import io.jrtc.dtls.DtlsEvent;
import io.jrtc.dtls.DtlsRole;
import io.jrtc.dtls.DtlsState;
import io.jrtc.dtls.DtlsTransport;
import java.util.function.Consumer;

/** What carries SCTP packets over a UDP socket in the loopback benchmark: nothing, or DTLS (RFC 8261). */
interface LoopbackWire {
    /** A datagram from the socket; SCTP packets in it go {@code up}. */
    void input(long now, byte[] datagram, Consumer<byte[]> up);

    /** Wraps one SCTP packet for the socket (null if there is nothing to send for it). */
    byte[] wrap(byte[] sctpPacket);

    /** Timers and the wire's own datagrams (the DTLS handshake); null when none. */
    byte[] pollOwn(long now);

    /** Whether SCTP packets can pass. */
    boolean ready();

    /** SCTP directly in UDP: the baseline without encryption. */
    static LoopbackWire plain() {
        return new LoopbackWire() {
            @Override
            public void input(long now, byte[] datagram, Consumer<byte[]> up) {
                up.accept(datagram);
            }

            @Override
            public byte[] wrap(byte[] sctpPacket) {
                return sctpPacket;
            }

            @Override
            public byte[] pollOwn(long now) {
                return null;
            }

            @Override
            public boolean ready() {
                return true;
            }
        };
    }

    /** A DTLS client or server with the peer's certificate fingerprint, datagrams of at most {@code mtu}. */
    static LoopbackWire dtls(DtlsRole role, DtlsCertificate own, DtlsCertificate peer, int mtu, long now) {
        DtlsTransport t = new DtlsTransport(DtlsConfig.builder().role(role).certificate(own)
                .remoteFingerprint(peer.fingerprint()).mtu(mtu).build());
        t.start(now);
        return new DtlsWire(t);
    }

    /** SCTP over DTLS (RFC 8261): each SCTP packet is one application-data record. */
    final class DtlsWire implements LoopbackWire {
        private final DtlsTransport dtls;

        DtlsWire(DtlsTransport dtls) {
            this.dtls = dtls;
        }

        @Override
        public void input(long now, byte[] datagram, Consumer<byte[]> up) {
            dtls.handleInput(now, datagram);
            DtlsEvent e;
            while ((e = dtls.pollEvent()) != null) {
                if (e instanceof DtlsEvent.ApplicationData d) {
                    up.accept(d.data());
                } else if (e instanceof DtlsEvent.Failed f) {
                    throw new IllegalStateException("DTLS failed: " + f.reason());
                }
            }
        }

        @Override
        public byte[] wrap(byte[] sctpPacket) {
            dtls.send(sctpPacket);
            return dtls.pollTransmit();
        }

        @Override
        public byte[] pollOwn(long now) {
            if (dtls.pollTimeout() <= now) {
                dtls.handleTimeout(now);
            }
            return dtls.pollTransmit();
        }

        @Override
        public boolean ready() {
            return dtls.state() == DtlsState.CONNECTED;
        }
    }
}
