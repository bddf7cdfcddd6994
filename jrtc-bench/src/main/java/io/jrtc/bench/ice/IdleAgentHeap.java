package io.jrtc.bench.ice;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap per idle connected agent: connects N agent pairs (virtual time, no network), then
 * compares used heap after full GCs before and after. Run with
 * {@code java -cp jrtc-bench/target/benchmarks.jar io.jrtc.bench.ice.IdleAgentHeap [pairs]}.
 */
public final class IdleAgentHeap {
    private IdleAgentHeap() {}

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<AgentPair> kept = new ArrayList<>(pairs);
        long start = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            AgentPair p = new AgentPair(i, i * 7L);
            if (!p.connect()) {
                throw new IllegalStateException("pair " + i + " did not connect");
            }
            kept.add(p);
        }
        long elapsed = System.nanoTime() - start;
        long after = usedAfterGc(memory);
        double perAgent = (after - before) / (2.0 * pairs);
        System.out.printf("%d connected agents: %.0f bytes of heap per idle connected agent%n", 2 * pairs, perAgent);
        System.out.printf("connecting %d pairs in virtual time took %.1f ms of CPU wall time (%.1f us per pair)%n",
                pairs, elapsed / 1e6, elapsed / 1e3 / pairs);
        if (kept.size() != pairs) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
