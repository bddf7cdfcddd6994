package io.jrtc.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The four-way handshake driven packet by packet (RFC 9260 §5.1), with a forged and a stale cookie. */
class HandshakeTest {
    private final SctpAssociation a = new SctpAssociation(SctpConfig.builder().random(new Random(1)).build());
    private final SctpAssociation b = new SctpAssociation(SctpConfig.builder().random(new Random(2)).build());

    private static Chunk only(byte[] packet) throws SctpParseException {
        SctpPacket p = SctpPacket.parse(packet);
        assertEquals(1, p.chunks().size());
        return p.chunks().get(0);
    }

    @Test
    void fourWayHandshakeStepByStep() throws SctpParseException {
        a.connect(0);
        byte[] init = a.pollTransmit();
        assertEquals(0, SctpPacket.parse(init).verificationTag());
        assertInstanceOf(InitChunk.class, only(init));
        b.handleInput(1, init);
        assertEquals(SctpState.CLOSED, b.state(), "INIT leaves no state behind (§5.1.3)");
        byte[] initAck = b.pollTransmit();
        assertInstanceOf(InitAckChunk.class, only(initAck));
        a.handleInput(2, initAck);
        assertEquals(SctpState.COOKIE_ECHOED, a.state());
        byte[] echo = a.pollTransmit();
        b.handleInput(3, echo);
        assertEquals(SctpState.ESTABLISHED, b.state());
        assertInstanceOf(SctpEvent.Connected.class, b.pollEvent());
        a.handleInput(4, b.pollTransmit());
        assertEquals(SctpState.ESTABLISHED, a.state());
        assertInstanceOf(SctpEvent.Connected.class, a.pollEvent());
    }

    @Test
    void forgedCookieIsDropped() throws SctpParseException {
        a.connect(0);
        b.handleInput(1, a.pollTransmit());
        a.handleInput(2, b.pollTransmit());
        SctpPacket echo = SctpPacket.parse(a.pollTransmit());
        byte[] cookie = ((CookieEchoChunk) echo.chunks().get(0)).cookie().clone();
        cookie[5] ^= 1;
        b.handleInput(3, new SctpPacket(5000, 5000, echo.verificationTag(), java.util.List.of(new CookieEchoChunk(cookie))).encode());
        assertEquals(SctpState.CLOSED, b.state());
        assertEquals(1, b.stats().malformedPackets());
        assertNull(b.pollEvent());
    }

    @Test
    void staleCookieIsAnsweredWithAnError() throws SctpParseException {
        a.connect(0);
        b.handleInput(1, a.pollTransmit());
        a.handleInput(2, b.pollTransmit());
        byte[] echo = a.pollTransmit();
        b.handleInput(61_000_000_000L, echo);
        assertEquals(SctpState.CLOSED, b.state());
        ErrorChunk err = (ErrorChunk) only(b.pollTransmit());
        assertEquals(ErrorCause.STALE_COOKIE, err.causes().get(0).code());
    }

    @Test
    void initRetransmittedWithBackoffUntilAnswered() {
        a.connect(0);
        a.pollTransmit();
        long t1 = a.pollTimeout();
        assertEquals(1_000_000_000L, t1, "RTO.Initial");
        a.handleTimeout(t1);
        assertInstanceOf(byte[].class, a.pollTransmit());
        assertTrue(a.pollTimeout() - t1 >= 2_000_000_000L, "doubled");
    }
}
