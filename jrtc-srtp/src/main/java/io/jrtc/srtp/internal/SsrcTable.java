package io.jrtc.srtp.internal;

/**
 * A map from SSRC to per-SSRC state without boxing, so lookups allocate nothing: open addressing
 * with linear probing, no removal, grown (the only allocation) at half load. Remembers the last hit,
 * since most packets belong to the stream of the packet before.
 *
 * @param <V> the per-SSRC state
 */
public final class SsrcTable<V> {
    private int[] keys = new int[16];
    private Object[] values = new Object[16];
    private int size;
    private int lastKey;
    private Object lastValue;

    /** The state of {@code ssrc}, or null. */
    @SuppressWarnings("unchecked")
    public V get(int ssrc) {
        if (lastValue != null && lastKey == ssrc) {
            return (V) lastValue;
        }
        int m = keys.length - 1;
        for (int i = mix(ssrc) & m; values[i] != null; i = (i + 1) & m) {
            if (keys[i] == ssrc) {
                lastKey = ssrc;
                lastValue = values[i];
                return (V) values[i];
            }
        }
        return null;
    }

    /** Adds state for an SSRC not yet present. */
    public void put(int ssrc, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, values, ssrc, value);
        size++;
    }

    /** Number of SSRCs held. */
    public int size() {
        return size;
    }

    private void grow() {
        int[] k = new int[keys.length * 2];
        Object[] v = new Object[values.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                insert(k, v, keys[i], values[i]);
            }
        }
        keys = k;
        values = v;
    }

    private static void insert(int[] keys, Object[] values, int key, Object value) {
        int m = keys.length - 1;
        int i = mix(key) & m;
        while (values[i] != null) {
            i = (i + 1) & m;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
