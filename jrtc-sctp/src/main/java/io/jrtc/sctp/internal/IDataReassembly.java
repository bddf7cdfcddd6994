package io.jrtc.sctp.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reassembly of I-DATA fragments (RFC 8260 §2.1): fragments belong to the message named by
 * (stream, U flag, MID) and are ordered by FSN, so messages of several streams may interleave.
 */
public final class IDataReassembly {
    private record Key(int streamId, boolean unordered, long mid) {}

    private static final class Partial {
        final TreeMap<Long, byte[]> parts = new TreeMap<>();
        long ppid;
        long lastFsn = -1;
        int bytes;
    }

    private final Map<Key, Partial> partials = new HashMap<>();
    /** The message the previous fragment belonged to: fragments mostly arrive message by message. */
    private Key lastKey;
    private Partial lastPartial;
    private long heldBytes;

    public long heldBytes() {
        return heldBytes;
    }

    public void add(Fragment f, Consumer<Delivered> done) {
        if (f.beginning() && f.ending()) {
            done.accept(new Delivered(f.streamId(), f.sequence(), f.ppid(), f.payload(), f.unordered()));
            return;
        }
        Key key = lastKey;
        Partial p = lastPartial;
        if (key == null || key.streamId != f.streamId() || key.unordered != f.unordered() || key.mid != f.sequence()) {
            key = new Key(f.streamId(), f.unordered(), f.sequence());
            p = partials.computeIfAbsent(key, k -> new Partial());
            lastKey = key;
            lastPartial = p;
        }
        long fsn = f.beginning() ? 0 : f.fsn();
        if (p.parts.putIfAbsent(fsn, f.payload()) != null) {
            return;
        }
        if (f.beginning()) {
            p.ppid = f.ppid();
        }
        if (f.ending()) {
            p.lastFsn = fsn;
        }
        p.bytes += f.payload().length;
        heldBytes += f.payload().length;
        if (p.lastFsn >= 0 && p.parts.size() == p.lastFsn + 1 && p.parts.containsKey(0L)) {
            partials.remove(key);
            lastKey = null;
            lastPartial = null;
            heldBytes -= p.bytes;
            byte[] data = new byte[p.bytes];
            int at = 0;
            for (byte[] b : p.parts.values()) {
                System.arraycopy(b, 0, data, at, b.length);
                at += b.length;
            }
            done.accept(new Delivered(f.streamId(), f.sequence(), p.ppid, data, f.unordered()));
        }
    }

    /** I-FORWARD-TSN (RFC 8260 §2.3.1): drops partial messages of the stream up to {@code mid}. */
    public void dropThrough(int streamId, boolean unordered, long mid) {
        Iterator<Map.Entry<Key, Partial>> it = partials.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Partial> e = it.next();
            Key k = e.getKey();
            if (k.streamId == streamId && k.unordered == unordered && Serial.le32(k.mid, mid)) {
                heldBytes -= e.getValue().bytes;
                it.remove();
                lastKey = null;
                lastPartial = null;
            }
        }
    }
}
