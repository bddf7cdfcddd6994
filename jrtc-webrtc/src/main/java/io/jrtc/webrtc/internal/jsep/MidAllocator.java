package io.jrtc.webrtc.internal.jsep;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out mids as browsers do, {@code "0"}, {@code "1"}, ..., never one that either side has used
 * in this session (RFC 9429 section 5.2.1: a mid is unique for the session's lifetime).
 */
final class MidAllocator {
    private final Set<String> used = new HashSet<>();
    private int next;

    /** Records a mid seen in a description, so it is not handed out again. */
    void markUsed(String mid) {
        if (mid != null) {
            used.add(mid);
        }
    }

    String allocate() {
        while (used.contains(Integer.toString(next))) {
            next++;
        }
        String mid = Integer.toString(next++);
        used.add(mid);
        return mid;
    }
}
