package io.jrtc.dtls.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.bouncycastle.tls.DatagramTransport;

/**
 * The {@link DatagramTransport} under BC's blocking DTLS protocol, turned inside out for a sans-IO
 * driver.
 *
 * <p>During the handshake BC runs on its own (virtual) thread and blocks in {@link #receive}. The
 * driver hands it one datagram or one timeout at a time and then waits until BC is blocked again
 * (or has finished): so what BC sends is a function of the inputs only, and the driver owns time.
 * BC's receive wait is ignored: the driver's virtual retransmission timer decides when a wait ends
 * with "nothing arrived". BC then still checks its own wall-clock timer before it retransmits, so
 * on a declared timeout this transport sleeps BC's remaining wait (milliseconds, because the
 * settings hand BC a short initial resend time) before reporting the timeout.
 *
 * <p>After the handshake the pipe switches to direct mode: the caller's thread queues a datagram
 * and calls BC's record layer itself, which reads it back here without blocking; an empty queue
 * ends that read with an {@link InterruptedIOException}, which BC passes through untouched.
 */
public final class DatagramPipe implements DatagramTransport {
    /** Largest DTLS record we accept: 2^14 plaintext + 2048 expansion + 13 header (RFC 6347 §4.1). */
    public static final int RECEIVE_LIMIT = 16384 + 2048 + 13;
    /** How often one declared timeout may be reported before BC has retransmitted. */
    private static final int MAX_TIMEOUT_REPORTS = 4;
    /** Longest wall-clock sleep for one reported timeout (BC's own backoff can reach 60 s). */
    private static final long MAX_TIMEOUT_SLEEP_MILLIS = 250;
    /** A handshake thread that does not come back within this wall time is broken. */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> inbound = new ArrayDeque<>();
    private final ArrayDeque<byte[]> outbound = new ArrayDeque<>();
    private final int mtu;
    private byte[] filling;
    /** Where datagrams are assembled; flushing copies them out, so one buffer serves every datagram. */
    private final byte[] scratch;
    private int fillingLength;
    /** Volatile so that {@link #getSendLimit()}, asked on every record, reads it without the lock. */
    private volatile boolean direct;
    private boolean waiting;
    private boolean finished;
    private boolean timeoutDue;
    private int timeoutReports;
    private boolean aborted;
    private boolean closed;
    private long sends;
    private long suppressed;
    private boolean timeoutMode;
    private final RetransmissionFilter filter = new RetransmissionFilter();
    /** Work for BC's thread the first time it waits for the peer (see {@link #whenFirstIdle}). */
    private Runnable idleTask;

    /** A pipe whose outgoing datagrams fit {@code mtu} bytes. */
    public DatagramPipe(int mtu) {
        this.mtu = mtu;
        this.scratch = new byte[mtu];
    }

    // ---- BC's side -------------------------------------------------------------------------

    /**
     * In direct mode the size of the queued datagram: BC allocates its record buffer from this on
     * every read, so a constant 18 KB would cost an allocation that size per packet.
     */
    @Override
    public int getReceiveLimit() {
        lock.lock();
        try {
            byte[] head = direct ? inbound.peek() : null;
            return head == null ? RECEIVE_LIMIT : Math.max(head.length, 1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The MTU during the handshake, so that BC fragments flights to it; afterwards the largest
     * record (2^14 plaintext, RFC 6347 §4.1): application data comes one SCTP packet per record
     * (RFC 8261 §5), and SCTP sizes its packets to the path itself (RFC 8899 PLPMTUD).
     */
    @Override
    public int getSendLimit() {
        return direct ? RECEIVE_LIMIT : mtu;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        lock.lock();
        try {
            if (direct) {
                return takeDirect(buf, off, len);
            }
            flushFilling();
            return awaitInput(buf, off, len, waitMillis);
        } finally {
            lock.unlock();
        }
    }

    private int takeDirect(byte[] buf, int off, int len) throws InterruptedIOException {
        byte[] d = inbound.poll();
        if (d == null) {
            // Not a timeout: BC rethrows InterruptedIOException without failing the connection.
            throw new QueueEmpty();
        }
        return copy(d, buf, off, len);
    }

    /** Ends a direct-mode read; without a stack trace, as it is control flow, not an error. */
    private static final class QueueEmpty extends InterruptedIOException {
        QueueEmpty() {
            super("no queued datagram");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Whether no datagram waits for BC (direct mode: the caller's read is complete). */
    public boolean inboundEmpty() {
        lock.lock();
        try {
            return inbound.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    private int awaitInput(byte[] buf, int off, int len, int waitMillis) throws IOException {
        while (true) {
            if (aborted) {
                waiting = false;
                throw new IOException("handshake aborted");
            }
            byte[] d = inbound.poll();
            if (d != null) {
                waiting = false;
                return copy(d, buf, off, len);
            }
            if (timeoutDue) {
                waiting = false;
                return reportTimeout(waitMillis);
            }
            waiting = true;
            changed.signalAll();
            if (idleTask != null) {
                runIdleTask();
                continue;
            }
            try {
                changed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("handshake thread interrupted");
            }
        }
    }

    /**
     * Runs the idle task without the lock, so the driver sees BC as waiting and goes on (sends the
     * flight just written, delivers input, which BC takes once the task is done).
     */
    private void runIdleTask() {
        Runnable task = idleTask;
        idleTask = null;
        lock.unlock();
        try {
            task.run();
        } finally {
            lock.lock();
        }
    }

    /**
     * Reports "nothing arrived" for a timeout the driver declared. BC retransmits only once its
     * own wall-clock wait has passed too, so sleep that wait (BC asked for it: waitMillis) first.
     */
    private int reportTimeout(int waitMillis) throws InterruptedIOException {
        if (++timeoutReports >= MAX_TIMEOUT_REPORTS) {
            timeoutDue = false;
        }
        lock.unlock();
        try {
            Thread.sleep(Math.min(waitMillis + 1L, MAX_TIMEOUT_SLEEP_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("handshake thread interrupted");
        } finally {
            lock.lock();
        }
        return -1;
    }

    private static int copy(byte[] d, byte[] buf, int off, int len) {
        if (d.length > len) {
            return len + 1; // BC discards a datagram larger than its buffer when told so
        }
        System.arraycopy(d, 0, buf, off, d.length);
        return d.length;
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        lock.lock();
        try {
            if (direct) {
                sends++;
                coalesce(buf, off, len);
                return;
            }
            if (filter.isRetransmission(buf, off, len) && !timeoutMode) {
                suppressed++;
                return;
            }
            sends++;
            timeoutDue = false;
            coalesce(buf, off, len);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Packs the records of one flight, or the records sent between two polls, into as few
     * datagrams as the MTU allows (RFC 6347 §4.1.1 allows several records per datagram): fewer
     * packets to lose, and ChangeCipherSpec travels with its Finished so loss cannot split them.
     */
    private void coalesce(byte[] buf, int off, int len) {
        if (filling != null && fillingLength + len > mtu) {
            flushFilling();
        }
        if (len > scratch.length) {
            outbound.add(java.util.Arrays.copyOfRange(buf, off, off + len)); // a record above the MTU goes alone, copied once
            return;
        }
        if (filling == null) {
            filling = len <= scratch.length ? scratch : new byte[len];
            fillingLength = 0;
        }
        System.arraycopy(buf, off, filling, fillingLength, len);
        fillingLength += len;
    }

    private void flushFilling() {
        if (filling != null) {
            outbound.add(java.util.Arrays.copyOf(filling, fillingLength));
            filling = null;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    // ---- the driver's side -----------------------------------------------------------------

    /**
     * Gives BC's thread work to do the first time it waits for the peer's flight, once its own
     * flight (if any) is ready to send: preparation that would otherwise sit on the critical path
     * (the ephemeral key pair). Call before the handshake thread starts.
     */
    public void whenFirstIdle(Runnable task) {
        lock.lock();
        try {
            idleTask = task;
        } finally {
            lock.unlock();
        }
    }

    /** Queues a datagram for BC; in handshake mode waits until BC has dealt with it. */
    public void deliver(byte[] datagram) {
        lock.lock();
        try {
            inbound.add(datagram);
            if (!direct) {
                changed.signalAll();
                awaitIdle();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Declares BC's current wait timed out and waits until BC has retransmitted. */
    public void declareTimeout() {
        lock.lock();
        try {
            timeoutDue = true;
            timeoutMode = true;
            timeoutReports = 0;
            changed.signalAll();
            awaitIdle();
            timeoutMode = false;
        } finally {
            lock.unlock();
        }
    }

    /** Makes BC's next or current wait fail, ending the handshake; waits for the thread to end. */
    public void abort() {
        lock.lock();
        try {
            aborted = true;
            changed.signalAll();
            awaitIdle();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until BC blocks for input or its thread has ended (call after starting it). */
    public void awaitStarted() {
        lock.lock();
        try {
            awaitIdle();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the handshake thread as its last act. */
    public void finish() {
        lock.lock();
        try {
            flushFilling();
            finished = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitIdle() {
        long deadline = System.nanoTime() + STALL_NANOS;
        while (!finished && !(waiting && inbound.isEmpty() && !timeoutDue && !aborted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the DTLS handshake thread did not come back within 60 s");
            }
            try {
                changed.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the DTLS handshake thread worked", e);
            }
        }
    }

    /** From now on the caller's thread reads records; called once the handshake thread ended. */
    public void switchToDirect() {
        lock.lock();
        try {
            direct = true;
            filter.clear();
        } finally {
            lock.unlock();
        }
    }

    /** The next datagram BC sent, or null. */
    public byte[] pollOutbound() {
        lock.lock();
        try {
            if (outbound.isEmpty()) {
                flushFilling();
            }
            return outbound.poll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the handshake thread has ended. */
    public boolean finished() {
        lock.lock();
        try {
            return finished;
        } finally {
            lock.unlock();
        }
    }

    /** How many records BC has sent so far. */
    public long sends() {
        lock.lock();
        try {
            return sends;
        } finally {
            lock.unlock();
        }
    }

    /** How many records BC retransmitted on its own and this pipe dropped. */
    public long suppressed() {
        lock.lock();
        try {
            return suppressed;
        } finally {
            lock.unlock();
        }
    }

    /** Whether BC closed the transport (after close_notify, or when failing). */
    public boolean closed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
