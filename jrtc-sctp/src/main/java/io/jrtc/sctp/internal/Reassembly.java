package io.jrtc.sctp.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reassembly of DATA fragments (RFC 9260 §6.9): the fragments of one message carry consecutive
 * TSNs from a B-flagged to an E-flagged chunk. Fragments are kept by TSN and runs of consecutive
 * TSNs are tracked by their start, so each arrival costs O(log n) even for a message of thousands
 * of fragments.
 */
public final class Reassembly {
    private static final class Run {
        long end;
        boolean begins;
        boolean ends;
    }

    private final TreeMap<Long, Fragment> fragments = new TreeMap<>();
    private final TreeMap<Long, Run> runs = new TreeMap<>();
    private long heldBytes;

    public long heldBytes() {
        return heldBytes;
    }

    /** Adds a fragment (not a duplicate) and passes a completed message to {@code done}. */
    public void add(Fragment f, Consumer<Delivered> done) {
        if (f.beginning() && f.ending()) {
            done.accept(new Delivered(f.streamId(), f.sequence(), f.ppid(), f.payload(), f.unordered()));
            return;
        }
        fragments.put(f.tsn(), f);
        heldBytes += f.payload().length;
        long start = f.tsn();
        Run run;
        Map.Entry<Long, Run> left = runs.floorEntry(f.tsn() - 1);
        if (left != null && left.getValue().end == f.tsn() - 1 && !left.getValue().ends && !f.beginning()) {
            run = left.getValue();
            start = left.getKey();
            run.end = f.tsn();
            run.ends = f.ending();
        } else {
            run = new Run();
            run.end = f.tsn();
            run.begins = f.beginning();
            run.ends = f.ending();
            runs.put(start, run);
        }
        Run right = runs.get(f.tsn() + 1);
        if (right != null && !run.ends && !right.begins) {
            run.end = right.end;
            run.ends = right.ends;
            runs.remove(f.tsn() + 1);
        }
        if (run.begins && run.ends) {
            complete(start, run, done);
        }
    }

    private void complete(long start, Run run, Consumer<Delivered> done) {
        runs.remove(start);
        Map<Long, Fragment> parts = fragments.subMap(start, true, run.end, true);
        int size = 0;
        for (Fragment p : parts.values()) {
            size += p.payload().length;
        }
        byte[] data = new byte[size];
        int at = 0;
        Fragment first = null;
        for (Fragment p : parts.values()) {
            if (first == null) {
                first = p;
            }
            System.arraycopy(p.payload(), 0, data, at, p.payload().length);
            at += p.payload().length;
        }
        parts.clear();
        heldBytes -= size;
        done.accept(new Delivered(first.streamId(), first.sequence(), first.ppid(), data, first.unordered()));
    }

    /** FORWARD TSN (RFC 3758 §3.6): drops fragments with TSN up to {@code newCum}. */
    public void dropThrough(long newCum) {
        Map<Long, Fragment> head = fragments.headMap(newCum, true);
        for (Fragment p : head.values()) {
            heldBytes -= p.payload().length;
        }
        head.clear();
        Map.Entry<Long, Run> e;
        while ((e = runs.firstEntry()) != null && e.getKey() <= newCum) {
            Run r = runs.pollFirstEntry().getValue();
            if (r.end > newCum) {
                Fragment next = fragments.get(newCum + 1);
                r.begins = next != null && next.beginning();
                runs.put(newCum + 1, r);
                break;
            }
        }
    }
}
