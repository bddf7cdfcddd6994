package io.jrtc.webrtc;

import io.jrtc.dtls.DtlsCertificate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few freshly generated certificates kept ready, so that a connection without configured
 * certificates does not generate its ECDSA key and self-signed certificate inside
 * {@code new RTCPeerConnection} (about a millisecond of CPU on the caller's thread). Each
 * certificate is handed out once and never again; a taken one is replaced in the background by
 * one worker thread (a daemon that ends after a few idle seconds, so nothing keeps the JVM
 * alive), not a thread per connection. An empty pool generates on the caller's thread as before.
 * A certificate older than {@link #MAX_AGE_NANOS} is discarded rather than handed out, so a
 * handed-out certificate expires at most that much earlier than one generated on the spot.
 */
final class CertificatePool {
    private static final Logger LOG = LoggerFactory.getLogger(CertificatePool.class);
    /** How many certificates wait at most: two, for the two ends of a loopback pair. */
    static final int CAPACITY = 2;
    /** Older certificates are discarded, not handed out (one minute). */
    static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private static final CertificatePool SHARED = new CertificatePool(DtlsCertificate::generate, System::nanoTime,
            backgroundWorker());

    private record Ready(DtlsCertificate certificate, long madeNanos) {}

    private final ArrayBlockingQueue<Ready> ready = new ArrayBlockingQueue<>(CAPACITY);
    private final Supplier<DtlsCertificate> generator;
    private final LongSupplier clock;
    private final Executor worker;
    private final AtomicBoolean refilling = new AtomicBoolean();

    CertificatePool(Supplier<DtlsCertificate> generator, LongSupplier clock, Executor worker) {
        this.generator = generator;
        this.clock = clock;
        this.worker = worker;
    }

    /** The pool behind {@link RTCCertificate#generate()}. */
    static CertificatePool shared() {
        return SHARED;
    }

    /** A certificate no one else has been or will be given: from the pool if one is ready, else made now. */
    DtlsCertificate take() {
        long now = clock.getAsLong();
        DtlsCertificate out = null;
        for (Ready r = ready.poll(); r != null; r = ready.poll()) {
            if (now - r.madeNanos() <= MAX_AGE_NANOS) {
                out = r.certificate();
                break;
            }
        }
        refill();
        return out != null ? out : generator.get();
    }

    /** How many certificates are ready now. */
    int size() {
        return ready.size();
    }

    /** Starts the worker topping the pool up, unless it is already at it. */
    private void refill() {
        if (ready.remainingCapacity() == 0 || !refilling.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::fill);
        } catch (RuntimeException e) { // a rejected task: the next take tries again
            refilling.set(false);
            LOG.debug("certificate pool refill not started: {}", e.toString());
        }
    }

    private void fill() {
        try {
            while (ready.remainingCapacity() > 0) {
                ready.offer(new Ready(generator.get(), clock.getAsLong()));
            }
        } catch (RuntimeException e) {
            LOG.debug("certificate pool refill failed: {}", e.toString());
        } finally {
            refilling.set(false);
        }
    }

    /** One daemon thread, started on demand, ending after 5 s without work. */
    private static Executor backgroundWorker() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> Thread.ofPlatform().daemon().name("jrtc-certificate-pool").unstarted(r));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
