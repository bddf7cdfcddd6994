package io.jrtc.webrtc.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of what arrived against what was sent, one per reliability mode (RFC 8831 §6.1). */
final class Delivery {
    private Delivery() {}

    /** The message numbers in texts of the form {@code "<label> <n> <padding>"}. */
    static List<Integer> numbers(List<String> texts) {
        List<Integer> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Integer.parseInt(t.split(" ")[1]));
        }
        return out;
    }

    /** Reliable and ordered: everything, once, in order. */
    static void exactlyInOrder(List<Integer> got, int sent, String channel) {
        assertEquals(range(sent), got, channel + ": a reliable ordered channel delivers every message once, in order");
    }

    /** Reliable, unordered: everything, once, in any order. */
    static void exactlyOnceAnyOrder(List<Integer> got, int sent, String channel) {
        assertEquals(sent, got.size(), () -> channel + ": got " + got.size() + " of " + sent);
        assertEquals(new HashSet<>(range(sent)), new HashSet<>(got), channel + ": every message arrives once");
    }

    /**
     * Partially reliable: only messages that were sent, none twice, in order if the channel is
     * ordered; and on a lossy link not all of them, since a lost message past its limit is
     * abandoned (RFC 3758) rather than repaired; at least {@code atLeast} (a lifetime also expires
     * messages that wait behind a congestion window, so under bursts few may go out).
     */
    static void someLostNoneTwice(List<Integer> got, int sent, boolean ordered, int atLeast, String channel) {
        Set<Integer> seen = new HashSet<>();
        int last = -1;
        for (int n : got) {
            assertTrue(n >= 0 && n < sent, () -> channel + ": message " + n + " was never sent");
            assertTrue(seen.add(n), () -> channel + ": message " + n + " arrived twice");
            if (ordered) {
                int before = last;
                assertTrue(n > before, () -> channel + ": ordered, yet " + n + " came after " + before);
            }
            last = n;
        }
        assertTrue(got.size() < sent, () -> channel + ": all " + sent + " arrived over a lossy link; nothing was abandoned");
        assertTrue(got.size() >= atLeast, () -> channel + ": only " + got.size() + " of " + sent + " arrived");
    }

    static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
