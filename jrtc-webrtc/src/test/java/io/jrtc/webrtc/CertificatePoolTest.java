package io.jrtc.webrtc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jrtc.dtls.CertificateAlgorithm;
import io.jrtc.dtls.DtlsCertificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pool of ready certificates behind {@link RTCCertificate#generate()}: each handed out once. */
class CertificatePoolTest {
    /** Cheap distinct certificates (RSA would be slow; ECDSA is what the pool makes). */
    private static final class Counting {
        final AtomicInteger made = new AtomicInteger();

        DtlsCertificate make() {
            made.incrementAndGet();
            return DtlsCertificate.generate(CertificateAlgorithm.ECDSA_P256, Duration.ofDays(30), Instant.now());
        }
    }

    @Test
    void anEmptyPoolGeneratesOnTheCallersThreadAndRefillsInTheBackground() {
        Counting gen = new Counting();
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        CertificatePool pool = new CertificatePool(gen::make, () -> 0, background::add);
        DtlsCertificate first = pool.take();
        assertEquals(1, gen.made.get(), "made on the spot");
        assertEquals(1, background.size(), "one refill queued");
        pool.take(); // still empty: made on the spot again, and no second refill while one is pending
        assertEquals(2, gen.made.get());
        assertEquals(1, background.size());
        background.poll().run();
        assertEquals(CertificatePool.CAPACITY, pool.size());
        DtlsCertificate second = pool.take();
        assertEquals(2 + CertificatePool.CAPACITY, gen.made.get(), "taken from the pool, nothing new made");
        assertNotSame(first, second);
        assertEquals(CertificatePool.CAPACITY - 1, pool.size());
        assertEquals(1, background.size(), "a refill for the one taken");
    }

    @Test
    void noCertificateIsHandedOutTwice() {
        Counting gen = new Counting();
        CertificatePool pool = new CertificatePool(gen::make, () -> 0, Runnable::run);
        Set<DtlsCertificate> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            DtlsCertificate c = pool.take();
            assertTrue(seen.add(c), "handed out twice: " + c);
            assertTrue(fingerprints.add(c.fingerprint().toString()));
        }
    }

    @Test
    void aCertificateOlderThanAMinuteIsDiscardedNotHandedOut() {
        Counting gen = new Counting();
        AtomicLong now = new AtomicLong();
        List<Runnable> background = new ArrayList<>();
        CertificatePool pool = new CertificatePool(gen::make, now::get, background::add);
        pool.take();
        background.remove(0).run();
        assertEquals(CertificatePool.CAPACITY, pool.size());
        now.addAndGet(CertificatePool.MAX_AGE_NANOS + 1);
        int before = gen.made.get();
        pool.take();
        assertEquals(before + 1, gen.made.get(), "made on the spot, the stale ones dropped");
        assertEquals(0, pool.size());
    }

    @Test
    void aFailingRefillLeavesThePoolUsable() {
        AtomicInteger calls = new AtomicInteger();
        CertificatePool pool = new CertificatePool(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("no entropy today");
            }
            return DtlsCertificate.generate();
        }, () -> 0, Runnable::run);
        DtlsCertificate a = pool.take(); // the refill keeps call 1 and fails on call 2; a is made on the spot
        DtlsCertificate b = pool.take(); // call 1's certificate, and the refill runs again
        assertNotSame(a, b);
    }

    @Test
    void theSharedPoolRefillsOnOneDaemonThreadThatCannotHoldTheJvm() throws Exception {
        for (int i = 0; i < 5; i++) {
            RTCCertificate.generate();
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (CertificatePool.shared().size() < CertificatePool.CAPACITY && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(CertificatePool.CAPACITY, CertificatePool.shared().size(), "refilled in the background");
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("jrtc-certificate-pool")).toList();
        assertTrue(workers.size() <= 1, "one worker at most: " + workers);
        workers.forEach(t -> assertTrue(t.isDaemon(), t + " is not a daemon"));
    }

    @Test
    void twoConnectionsWithoutConfiguredCertificatesNeverShareOne() {
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults());
            pc.createDataChannel("d");
            try {
                String offer = pc.createOffer().join().sdp();
                String fingerprint = offer.lines().filter(l -> l.startsWith("a=fingerprint:")).findFirst().orElseThrow();
                assertTrue(fingerprints.add(fingerprint), "a certificate used twice: " + fingerprint);
            } finally {
                pc.close();
            }
        }
        assertNotEquals(RTCCertificate.generate(), RTCCertificate.generate());
        RTCCertificate c = RTCCertificate.generate();
        assertSame(c.dtlsCertificate(), c.dtlsCertificate());
        assertTrue(c.expires() > Instant.now().plus(Duration.ofDays(30)).minusSeconds(61).toEpochMilli(),
                "valid for 30 days, less at most the minute it may have waited");
    }
}
