package io.jrtc.ice.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.stun.AlternateServer;
import io.jrtc.stun.ErrorCode;
import io.jrtc.stun.Lifetime;
import io.jrtc.stun.Nonce;
import io.jrtc.stun.PasswordAlgorithm;
import io.jrtc.stun.Realm;
import io.jrtc.stun.RequestedAddressFamily;
import io.jrtc.stun.RequestedTransport;
import io.jrtc.stun.StunMessage;
import io.jrtc.stun.StunMethod;
import io.jrtc.stun.Username;
import io.jrtc.testkit.turn.FakeTurnServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Allocate, the 401/438 dance and the errors an Allocate can end in, against a scripted server. */
class TurnClientAllocateTest {

    @Test
    void allocatesAfterTheChallengeWithAnMd5Key() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        StunMessage first = h.one();
        assertEquals(StunMethod.ALLOCATE, first.method());
        assertEquals(RequestedTransport.UDP, first.get(RequestedTransport.class).orElseThrow());
        assertEquals(600, first.get(Lifetime.class).orElseThrow().seconds());
        assertFalse(first.hasIntegrity(), "the first Allocate goes without credentials");

        h.deliver(h.server.challenge(first, 401));
        StunMessage signed = h.one();
        assertEquals(FakeTurnServer.USER, signed.get(Username.class).orElseThrow().value());
        assertEquals(FakeTurnServer.REALM, signed.get(Realm.class).orElseThrow().value());
        assertEquals("nonce-1", signed.get(Nonce.class).orElseThrow().value());
        assertTrue(signed.checkIntegrity(h.server.key()), "signed with MD5(user:realm:pass)");
        assertFalse(signed.transactionId().equals(first.transactionId()), "a new transaction");

        h.deliver(h.server.allocated(signed, 300));
        TurnEvent.Allocated a = h.eventsOf(TurnEvent.Allocated.class).get(0);
        assertEquals(FakeTurnServer.RELAYED, a.relayed());
        assertEquals(FakeTurnServer.MAPPED, a.mapped());
        assertEquals(Duration.ofSeconds(300), a.lifetime());
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void choosesSha256WhenTheServerOffersIt() {
        ClientHarness h = new ClientHarness();
        h.server.offered = List.of(PasswordAlgorithm.SHA256, PasswordAlgorithm.MD5);
        h.server.algorithm = PasswordAlgorithm.SHA256;
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        StunMessage signed = h.one();
        assertEquals(PasswordAlgorithm.SHA256, signed.get(PasswordAlgorithm.class).orElseThrow());
        assertTrue(signed.checkIntegrity(h.server.key()), "MESSAGE-INTEGRITY with the SHA-256 key");
        assertTrue(signed.checkIntegritySha256(h.server.key()), "and MESSAGE-INTEGRITY-SHA256");
        h.deliver(h.server.allocated(signed, 600));
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void wrongPasswordEndsInA401FailureAtOnce() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        StunMessage signed = h.one();
        h.deliver(h.server.challenge(signed, 401));
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(401, f.code());
        assertEquals(StunMethod.ALLOCATE, f.request());
        assertTrue(f.allocationLost());
        assertTrue(f.reason().contains("username or password"), f.reason());
        assertEquals(TurnClient.State.FAILED, h.client.state());
        assertEquals(Long.MAX_VALUE, h.client.pollTimeout(), "nothing left to wait for");
        assertTrue(h.sent().isEmpty());
    }

    @Test
    void staleNonceIsRetriedWithTheNewNonce() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        StunMessage signed = h.one();
        h.server.nonce = "nonce-2";
        h.deliver(h.server.challenge(signed, 438));
        StunMessage retried = h.one();
        assertEquals("nonce-2", retried.get(Nonce.class).orElseThrow().value());
        assertTrue(retried.checkIntegrity(h.server.key()));
        h.deliver(h.server.allocated(retried, 600));
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void endlessStaleNoncesEndInAFailure() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        for (int i = 0; i < 10 && h.client.state() == TurnClient.State.ALLOCATING; i++) {
            h.server.nonce = "nonce-" + (i + 10);
            h.deliver(h.server.challenge(h.one(), 438));
        }
        assertEquals(TurnClient.State.FAILED, h.client.state());
        assertEquals(438, h.eventsOf(TurnEvent.Failed.class).get(0).code());
    }

    @ParameterizedTest
    @ValueSource(ints = {437, 441, 442, 486, 508, 403})
    void allocateErrorsAreReportedWithTheirCode(int code) {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        h.deliver(h.server.error(h.one(), code));
        TurnEvent.Failed f = h.eventsOf(TurnEvent.Failed.class).get(0);
        assertEquals(code, f.code());
        assertFalse(f.reason().isEmpty());
        assertEquals(TurnClient.State.FAILED, h.client.state());
    }

    @Test
    void aResponseWithABadIntegrityIsDroppedAndTheRequestGoesOn() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        StunMessage signed = h.one();
        h.server.nonce = "x";
        FakeTurnServer forger = new FakeTurnServer();
        forger.algorithm = PasswordAlgorithm.SHA256;   // a different key
        h.deliver(forger.allocated(signed, 600));
        assertEquals(1, h.client.stats().unauthentic());
        assertEquals(TurnClient.State.ALLOCATING, h.client.state());
        h.deliver(h.server.allocated(signed, 600));
        assertEquals(TurnClient.State.ALLOCATED, h.client.state());
    }

    @Test
    void tryAlternateNamesTheOtherServer() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        StunMessage first = h.one();
        InetSocketAddress other = new InetSocketAddress("192.0.2.99", 3478);
        h.deliver(StunMessage.builder(first.type().errorResponse()).transactionId(first.transactionId())
                .add(ErrorCode.of(300)).add(new AlternateServer(other)).build().encode());
        assertEquals(new TurnEvent.TryAlternate(other), h.events.get(0));
        TurnEvent.Failed f = (TurnEvent.Failed) h.events.get(1);
        assertEquals(300, f.code());
        assertEquals(TurnClient.State.FAILED, h.client.state());
    }

    @Test
    void ipv6RelayIsRequestedWhenConfigured() {
        TurnClient c = new TurnClient(TurnClientConfig.builder(FakeTurnServer.SERVER, "u", "p").ipv6Relay(true).build());
        c.allocate(0);
        StunMessage m = StunMessage.decode(c.pollTransmit());
        assertEquals(RequestedAddressFamily.IPV6, m.get(RequestedAddressFamily.class).orElseThrow());
        ClientHarness plain = new ClientHarness();
        plain.client.allocate(0);
        assertTrue(plain.one().get(RequestedAddressFamily.class).isEmpty(), "IPv4 is the default");
    }

    @Test
    void allocateSuccessWithoutRelayedAddressFails() {
        ClientHarness h = new ClientHarness();
        h.client.allocate(h.now());
        h.deliver(h.server.challenge(h.one(), 401));
        h.deliver(h.server.success(h.one(), new Lifetime(600)));
        assertEquals(TurnEvent.Failed.BAD_RESPONSE, h.eventsOf(TurnEvent.Failed.class).get(0).code());
    }
}
